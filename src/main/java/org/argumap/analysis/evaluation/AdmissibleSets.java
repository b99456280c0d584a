package org.argumap.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The labelling-based search for admissible sets of Modgil and Caminada (2009) within one
 * component: a blank argument is made in (its targets out, its attackers must-out) or undecided;
 * a branch dies when a must-out argument has no blank attacker left to make it out, and is cut
 * when everything it could still make in lies within a set already found. In is tried first, so
 * large sets come early and cut much.
 */
final class AdmissibleSets {
    static final byte BLANK = 0;
    static final byte IN = 1;
    static final byte OUT = 2;
    static final byte MUST_OUT = 3;
    static final byte UNDECIDED = 4;

    final int[] component;
    private final int[][] attackers;
    private final int[][] attacked;
    private final int[] componentOf;
    private final int current;
    private final Label[] upstream;
    private final int[] positionInComponent;
    private final Steps steps;
    final byte[] state;
    final byte[] initial;
    final List<BitSet> found = new ArrayList<>();
    private final List<long[]> foundWords = new ArrayList<>();
    private int[] changed = new int[16];
    private byte[] before = new byte[16];
    private int changes;

    /**
     * @param component       the component's arguments, numbered as in the other arrays
     * @param componentOf     each argument's component, {@code current} for this one's
     * @param upstream        the labels of the arguments upstream, decided already
     * @param positionInComponent scratch space, one int per argument
     */
    AdmissibleSets(int[] component, int[][] attackers, int[][] attacked, int[] componentOf, int current,
                   Label[] upstream, int[] positionInComponent, Steps steps) {
        this.component = component;
        this.attackers = attackers;
        this.attacked = attacked;
        this.componentOf = componentOf;
        this.current = current;
        this.upstream = upstream;
        this.positionInComponent = positionInComponent;
        this.steps = steps;
        this.state = new byte[component.length];
        for (int i = 0; i < component.length; i++) {
            positionInComponent[component[i]] = i;
        }
        for (int i = 0; i < component.length; i++) {
            int a = component[i];
            for (int x : attackers[a]) {
                if (componentOf[x] != current && upstream[x] == Label.IN) {
                    state[i] = OUT;
                } else if (state[i] != OUT && (x == a || componentOf[x] != current && upstream[x] == Label.UNDECIDED)) {
                    // Attacked from upstream by what is undecided, or by itself: never defended, never in.
                    state[i] = UNDECIDED;
                }
            }
        }
        this.initial = state.clone();
    }

    int position(int a) {
        return positionInComponent[a];
    }

    void run() {
        // One step per node, plus one per 16 arguments for the scans below.
        steps.take(1 + state.length / 16);
        if (deadEnd() || withinFound()) {
            return;
        }
        int next = -1;
        for (int i = 0; i < state.length && next < 0; i++) {
            if (state[i] == BLANK) {
                next = i;
            }
        }
        if (next < 0) {
            BitSet in = new BitSet(state.length);
            for (int i = 0; i < state.length; i++) {
                in.set(i, state[i] == IN);
            }
            found.add(in);
            foundWords.add(Arrays.copyOf(in.toLongArray(), (state.length + 63) / 64));
            return;
        }
        int mark = changes;
        int defended = defendedBlank();
        if (defended >= 0) {
            makeIn(defended);
            run();
            restore(mark);
            return;
        }
        makeIn(next);
        run();
        restore(mark);
        set(next, UNDECIDED);
        run();
        restore(mark);
    }

    /**
     * A blank argument whose every attacker is out or must be out: any admissible set of this
     * branch without it stays admissible with it, so only sets with it can be maximal and the
     * search takes it in without branching (Modgil and Caminada 2009).
     */
    private int defendedBlank() {
        for (int i = 0; i < state.length; i++) {
            if (state[i] != BLANK) {
                continue;
            }
            boolean defended = true;
            for (int x : attackers[component[i]]) {
                if (componentOf[x] == current && state[position(x)] != OUT && state[position(x)] != MUST_OUT) {
                    defended = false;
                    break;
                }
            }
            if (defended) {
                return i;
            }
        }
        return -1;
    }

    private void makeIn(int i) {
        int a = component[i];
        set(i, IN);
        for (int b : attacked[a]) {
            if (componentOf[b] == current) {
                set(position(b), OUT);
            }
        }
        for (int x : attackers[a]) {
            if (componentOf[x] == current && state[position(x)] != OUT) {
                set(position(x), MUST_OUT);
            }
        }
    }

    /** A must-out argument that nothing blank attacks can no longer be made out. */
    private boolean deadEnd() {
        for (int i = 0; i < state.length; i++) {
            if (state[i] != MUST_OUT) {
                continue;
            }
            boolean rescuable = false;
            for (int x : attackers[component[i]]) {
                rescuable |= componentOf[x] == current && state[position(x)] == BLANK;
            }
            if (!rescuable) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether all that is in or could still be in lies within a set already found. Compared
     * word by word, as this runs at every node against every set found so far.
     */
    private boolean withinFound() {
        if (found.isEmpty()) {
            return false;
        }
        long[] possible = new long[(state.length + 63) / 64];
        for (int i = 0; i < state.length; i++) {
            if (state[i] == BLANK || state[i] == IN) {
                possible[i >> 6] |= 1L << i;
            }
        }
        steps.take(foundWords.size() / 32);
        for (long[] in : foundWords) {
            boolean within = true;
            for (int w = 0; w < possible.length && within; w++) {
                within = (possible[w] & ~in[w]) == 0;
            }
            if (within) {
                return true;
            }
        }
        return false;
    }

    private void set(int i, byte value) {
        if (changes == changed.length) {
            changed = Arrays.copyOf(changed, changes * 2);
            before = Arrays.copyOf(before, changes * 2);
        }
        changed[changes] = i;
        before[changes++] = state[i];
        state[i] = value;
    }

    private void restore(int mark) {
        while (changes > mark) {
            changes--;
            state[changed[changes]] = before[changes];
        }
    }
}
