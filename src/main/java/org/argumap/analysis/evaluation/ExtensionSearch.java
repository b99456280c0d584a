package org.argumap.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The preferred or stable labellings of an attack framework, and what they agree on.
 *
 * <p>Every complete labelling agrees with the grounded one where that decides, so the search only
 * decides the arguments the grounded labelling leaves undecided. Those fall apart into weakly
 * connected parts that do not influence one another, and each part is decided one strongly
 * connected component at a time, sources first (the SCC-recursive scheme of Baroni, Giacomin and
 * Guida 2005): with the labels of its attackers upstream fixed, a component's labellings are found
 * by labelling-based backtracking searches (after Modgil and Caminada 2009) that propagate what
 * each choice forces. Stable labellings are the component labellings meeting the Caminada conditions
 * with nothing undecided. Preferred ones are those whose in-set is a maximal admissible set given
 * the labels upstream: a labelling is preferred exactly when each component's part is maximal given
 * the parts upstream, since a complete labelling's in-set fixes the rest of it and a larger part
 * anywhere would give a larger labelling of the whole.
 *
 * <p>Enumeration is exponential in the worst case, so a {@link Budget} caps the undecided arguments
 * and the search steps; over it the search gives up rather than hang the editor.
 */
final class ExtensionSearch {
    /** More points of view than this are counted and taken into account, but not listed. */
    static final int MAX_LISTED = 64;

    /**
     * How much work a search may do.
     *
     * @param arguments the most arguments left undecided by the grounded labelling that it takes on
     * @param steps     the most labels it may try, propagate or record
     */
    record Budget(int arguments, long steps) {
        /** Ample for a classroom map with several cycles; a few tenths of a second at worst. */
        static final Budget ORDINARY = new Budget(5_000, 2_000_000);
    }

    sealed interface Outcome permits Found, NoExtension, OverBudget {
    }

    /**
     * The search went through.
     *
     * @param labels     the sceptical labels: in (out) where every extension has the argument in (out)
     * @param extensions the in-sets of the extensions; empty when there are more than {@link #MAX_LISTED}
     * @param count      how many extensions there are, saturating at {@code Long.MAX_VALUE}
     */
    record Found(Label[] labels, List<BitSet> extensions, long count) implements Outcome {
    }

    /** No labelling of the semantics exists, which happens to stable semantics only. */
    record NoExtension() implements Outcome {
    }

    /** The budget ran out before the search was done. */
    record OverBudget() implements Outcome {
    }


    private final boolean stable;
    private final Steps steps;
    /** Local number to framework number, for the arguments the search decides. */
    private final int[] arguments;
    private final int[][] attackers;
    private final int[][] attacked;
    private final int[] componentOf;
    private final int[] positionInComponent;
    private final Label[] labels;
    private int current;
    private int[] trail;
    private int trailSize;
    private int[] pending;
    private int pendingSize;

    private ExtensionSearch(boolean stable, long maxSteps, int[] arguments, int[][] attackers, int[][] attacked) {
        this.stable = stable;
        this.steps = new Steps(maxSteps);
        this.arguments = arguments;
        this.attackers = attackers;
        this.attacked = attacked;
        int n = arguments.length;
        this.componentOf = new int[n];
        this.positionInComponent = new int[n];
        this.labels = new Label[n];
        this.trail = new int[Math.max(16, n)];
        this.pending = new int[16];
    }

    /**
     * The preferred or stable labellings of the framework, given its grounded labelling.
     *
     * @param semantics {@link Semantics#PREFERRED} or {@link Semantics#STABLE}
     */
    static Outcome search(AttackFramework framework, Label[] grounded, Semantics semantics, Budget budget) {
        if (semantics == Semantics.GROUNDED) {
            throw new IllegalArgumentException("the grounded labelling needs no search");
        }
        int n = framework.size();
        int[] local = new int[n];
        int open = 0;
        for (int a = 0; a < n; a++) {
            local[a] = grounded[a] == Label.UNDECIDED ? open++ : -1;
        }
        if (open > budget.arguments()) {
            return new OverBudget();
        }
        int[] arguments = new int[open];
        int[][] attackers = new int[open][];
        int[][] attacked = new int[open][];
        for (int a = 0; a < n; a++) {
            if (local[a] >= 0) {
                arguments[local[a]] = a;
                // Attackers outside the undecided part are out in every complete labelling; they change nothing.
                attackers[local[a]] = localised(framework.attackersOf(a), local);
                attacked[local[a]] = localised(framework.attackedBy(a), local);
            }
        }
        ExtensionSearch search = new ExtensionSearch(semantics == Semantics.STABLE, budget.steps(), arguments,
                attackers, attacked);
        try {
            return search.run(grounded);
        } catch (Steps.Exhausted e) {
            return new OverBudget();
        }
    }

    private static int[] localised(int[] numbers, int[] local) {
        return Arrays.stream(numbers).map(a -> local[a]).filter(a -> a >= 0).toArray();
    }

    private Outcome run(Label[] grounded) {
        List<int[]> components = StronglyConnected.components(attacked);
        for (int c = 0; c < components.size(); c++) {
            for (int a : components.get(c)) {
                componentOf[a] = c;
            }
        }
        Label[] result = grounded.clone();
        List<List<BitSet>> listedPerPart = new ArrayList<>();
        long count = 1;
        // The parts are disjoint, so they share one pair of arrays.
        boolean[] everNotIn = new boolean[arguments.length];
        boolean[] everNotOut = new boolean[arguments.length];
        for (List<Integer> part : independentParts(components)) {
            Tally tally = new Tally(everNotIn, everNotOut);
            decide(components, part, 0, tally);
            if (tally.count == 0) {
                return new NoExtension();
            }
            for (int c : part) {
                for (int a : components.get(c)) {
                    result[arguments[a]] = !everNotIn[a] ? Label.IN : !everNotOut[a] ? Label.OUT : Label.UNDECIDED;
                }
            }
            listedPerPart.add(tally.listed);
            count = saturatedProduct(count, tally.count);
        }
        return new Found(result, count <= MAX_LISTED ? combined(grounded, listedPerPart) : List.of(), count);
    }

    /** The components grouped into weakly connected parts, each in topological order. */
    private List<List<Integer>> independentParts(List<int[]> components) {
        int[] root = new int[components.size()];
        for (int c = 0; c < root.length; c++) {
            root[c] = c;
        }
        for (int a = 0; a < attacked.length; a++) {
            for (int b : attacked[a]) {
                int ra = find(root, componentOf[a]);
                int rb = find(root, componentOf[b]);
                root[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
        Map<Integer, List<Integer>> parts = new LinkedHashMap<>();
        for (int c = 0; c < root.length; c++) {
            parts.computeIfAbsent(find(root, c), key -> new ArrayList<>()).add(c);
        }
        return List.copyOf(parts.values());
    }

    private static int find(int[] root, int c) {
        while (root[c] != c) {
            root[c] = root[root[c]];
            c = root[c];
        }
        return c;
    }

    /** Every extension of one part, decided component by component from its sources down. */
    private void decide(List<int[]> components, List<Integer> part, int position, Tally tally) {
        if (position == part.size()) {
            steps.take(1);
            tally.record(components, part, labels, arguments);
            return;
        }
        int[] component = components.get(part.get(position));
        for (Label[] choice : labellingsOf(part.get(position), component)) {
            for (int i = 0; i < component.length; i++) {
                labels[component[i]] = choice[i];
            }
            decide(components, part, position + 1, tally);
        }
        for (int a : component) {
            labels[a] = null;
        }
    }

    /** The component's stable or preferred labellings, given the labels upstream. */
    private List<Label[]> labellingsOf(int index, int[] component) {
        current = index;
        return stable ? stableLabellingsOf(component) : preferredLabellingsOf(component);
    }

    /** The labellings meeting the Caminada conditions with nothing undecided, by backtracking over in and out. */
    private List<Label[]> stableLabellingsOf(int[] component) {
        List<Label[]> found = new ArrayList<>();
        for (int a : component) {
            push(a);
        }
        if (propagate()) {
            branch(component, found);
        }
        undo(0);
        return found;
    }

    private void branch(int[] component, List<Label[]> found) {
        int next = -1;
        for (int a : component) {
            if (labels[a] == null) {
                next = a;
                break;
            }
        }
        if (next < 0) {
            Label[] choice = new Label[component.length];
            for (int i = 0; i < component.length; i++) {
                choice[i] = labels[component[i]];
            }
            found.add(choice);
            steps.take(1);
            return;
        }
        int mark = trailSize;
        for (Label label : Label.values()) {
            if (assign(next, label) && propagate()) {
                branch(component, found);
            }
            pendingSize = 0;
            undo(mark);
        }
    }

    /**
     * The labellings whose in-sets are the maximal admissible sets of the component given the labels
     * upstream: the preferred extensions are exactly the maximal admissible sets (Dung 1995), and
     * searching sets rather than labellings chooses between in and not-in only, leaving out and
     * undecided to follow from the set.
     */
    private List<Label[]> preferredLabellingsOf(int[] component) {
        AdmissibleSets search = new AdmissibleSets(component, attackers, attacked, componentOf, current, labels,
                positionInComponent, steps);
        search.run();
        List<BitSet> maximal = maximal(search.found);
        List<Label[]> labellings = new ArrayList<>(maximal.size());
        for (BitSet in : maximal) {
            Label[] choice = new Label[component.length];
            for (int i = 0; i < component.length; i++) {
                choice[i] = in.get(i) ? Label.IN : search.initial[i] == AdmissibleSets.OUT ? Label.OUT : Label.UNDECIDED;
            }
            for (int i = in.nextSetBit(0); i >= 0; i = in.nextSetBit(i + 1)) {
                for (int b : attacked[component[i]]) {
                    if (componentOf[b] == current) {
                        choice[search.position(b)] = Label.OUT;
                    }
                }
            }
            labellings.add(choice);
        }
        return labellings;
    }

    /**
     * The sets no other one strictly contains. Taken largest first, a set need only be compared with
     * those kept so far: whatever contains it strictly is larger, so it came earlier, and is either
     * kept or inside one that is.
     */
    private List<BitSet> maximal(List<BitSet> sets) {
        List<BitSet> bySize = new ArrayList<>(sets);
        bySize.sort((x, y) -> Integer.compare(y.cardinality(), x.cardinality()));
        List<BitSet> kept = new ArrayList<>();
        for (BitSet set : bySize) {
            boolean dominated = false;
            for (int k = 0; k < kept.size() && !dominated; k++) {
                steps.take(1);
                dominated = strictlyWithin(set, kept.get(k));
            }
            if (!dominated) {
                kept.add(set);
            }
        }
        return kept;
    }

    private static boolean strictlyWithin(BitSet smaller, BitSet larger) {
        BitSet rest = (BitSet) smaller.clone();
        rest.andNot(larger);
        return rest.isEmpty() && smaller.cardinality() < larger.cardinality();
    }

    private boolean assign(int a, Label label) {
        if (labels[a] != null) {
            return labels[a] == label;
        }
        if (stable && label == Label.UNDECIDED) {
            return false;
        }
        steps.take(1);
        labels[a] = label;
        if (trailSize == trail.length) {
            trail = Arrays.copyOf(trail, trailSize * 2);
        }
        trail[trailSize++] = a;
        push(a);
        for (int b : attacked[a]) {
            if (componentOf[b] == current) {
                push(b);
            }
        }
        return true;
    }

    private void push(int a) {
        if (pendingSize == pending.length) {
            pending = Arrays.copyOf(pending, pendingSize * 2);
        }
        pending[pendingSize++] = a;
    }

    private void undo(int mark) {
        while (trailSize > mark) {
            labels[trail[--trailSize]] = null;
        }
    }

    /** Forces what the Caminada conditions force, until nothing more follows or one is broken. */
    private boolean propagate() {
        while (pendingSize > 0) {
            if (!check(pending[--pendingSize])) {
                pendingSize = 0;
                return false;
            }
        }
        return true;
    }

    /** In iff every attacker is out; out iff some attacker is in; undecided otherwise. */
    private boolean check(int b) {
        int in = 0;
        int undecided = 0;
        int open = 0;
        int lastOpen = -1;
        for (int x : attackers[b]) {
            Label label = labels[x];
            if (label == null) {
                open++;
                lastOpen = x;
            } else if (label == Label.IN) {
                in++;
            } else if (label == Label.UNDECIDED) {
                undecided++;
            }
        }
        Label label = labels[b];
        if (label == null) {
            if (in > 0) {
                return assign(b, Label.OUT);
            }
            return open > 0 || assign(b, undecided == 0 ? Label.IN : Label.UNDECIDED);
        }
        return switch (label) {
            case IN -> in == 0 && undecided == 0 && forceOut(attackers[b]);
            case OUT -> in > 0 || (open == 1 ? assign(lastOpen, Label.IN) : open > 1);
            case UNDECIDED -> in == 0 && (open == 0 ? undecided > 0
                    : open > 1 || undecided > 0 || assign(lastOpen, Label.UNDECIDED));
        };
    }

    private boolean forceOut(int[] attackersOfIn) {
        for (int x : attackersOfIn) {
            if (!assign(x, Label.OUT)) {
                return false;
            }
        }
        return true;
    }


    private static long saturatedProduct(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** Every combination of one extension per part, each with the arguments the grounded labelling has in. */
    private static List<BitSet> combined(Label[] grounded, List<List<BitSet>> listedPerPart) {
        BitSet base = new BitSet(grounded.length);
        for (int a = 0; a < grounded.length; a++) {
            base.set(a, grounded[a] == Label.IN);
        }
        List<BitSet> combinations = List.of(base);
        for (List<BitSet> listed : listedPerPart) {
            List<BitSet> next = new ArrayList<>();
            for (BitSet sofar : combinations) {
                for (BitSet in : listed) {
                    BitSet both = (BitSet) sofar.clone();
                    both.or(in);
                    next.add(both);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    /** What the extensions of one part agree on, and the first few of them. */
    private static final class Tally {
        final boolean[] everNotIn;
        final boolean[] everNotOut;
        final List<BitSet> listed = new ArrayList<>();
        long count;

        Tally(boolean[] everNotIn, boolean[] everNotOut) {
            this.everNotIn = everNotIn;
            this.everNotOut = everNotOut;
        }

        void record(List<int[]> components, List<Integer> part, Label[] labels, int[] arguments) {
            count++;
            BitSet in = listed.size() <= MAX_LISTED ? new BitSet() : null;
            for (int c : part) {
                for (int a : components.get(c)) {
                    everNotIn[a] |= labels[a] != Label.IN;
                    everNotOut[a] |= labels[a] != Label.OUT;
                    if (in != null && labels[a] == Label.IN) {
                        in.set(arguments[a]);
                    }
                }
            }
            if (in != null) {
                listed.add(in);
            }
        }
    }
}
