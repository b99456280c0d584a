package org.argumap.analysis.evaluation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Every complete labelling of a small framework, found the slow and obviously right way: try all
 * 3^n labellings and keep those meeting Caminada's (2006) conditions, in iff every attacker is out
 * and out iff some attacker is in. The reference the real search is checked against.
 */
final class BruteForceLabellings {
    private final List<Label[]> complete = new ArrayList<>();

    BruteForceLabellings(AttackFramework framework) {
        int n = framework.size();
        Label[] labels = new Label[n];
        int total = (int) Math.pow(3, n);
        for (int code = 0; code < total; code++) {
            int rest = code;
            for (int a = 0; a < n; a++) {
                labels[a] = Label.values()[rest % 3];
                rest /= 3;
            }
            if (isComplete(framework, labels)) {
                complete.add(labels.clone());
            }
        }
    }

    private static boolean isComplete(AttackFramework framework, Label[] labels) {
        for (int a = 0; a < labels.length; a++) {
            boolean allOut = true;
            boolean someIn = false;
            for (int b : framework.attackersOf(a)) {
                allOut &= labels[b] == Label.OUT;
                someIn |= labels[b] == Label.IN;
            }
            if ((labels[a] == Label.IN) != allOut || (labels[a] == Label.OUT) != someIn) {
                return false;
            }
        }
        return true;
    }

    List<Label[]> complete() {
        return complete;
    }

    /** The complete labelling with the least in-set. */
    Label[] grounded() {
        return complete.stream().min((x, y) -> Integer.compare(in(x).cardinality(), in(y).cardinality()))
                .orElseThrow();
    }

    /** The in-sets of the complete labellings no other one's in-set strictly contains. */
    List<BitSet> preferred() {
        List<BitSet> ins = complete.stream().map(BruteForceLabellings::in).toList();
        return ins.stream().filter(x -> ins.stream().noneMatch(y -> strictlyWithin(x, y))).toList();
    }

    /** The in-sets of the complete labellings that leave nothing undecided. */
    List<BitSet> stable() {
        return complete.stream().filter(l -> java.util.Arrays.stream(l).noneMatch(Label.UNDECIDED::equals))
                .map(BruteForceLabellings::in).toList();
    }

    /** In where every in-set holds the argument, out where every extension attacks it, else undecided. */
    Label[] sceptical(List<BitSet> extensions, AttackFramework framework) {
        Label[] labels = new Label[framework.size()];
        for (int a = 0; a < labels.length; a++) {
            int arg = a;
            boolean alwaysIn = extensions.stream().allMatch(e -> e.get(arg));
            boolean alwaysOut = extensions.stream().allMatch(e -> java.util.Arrays.stream(framework.attackersOf(arg))
                    .anyMatch(e::get));
            labels[a] = alwaysIn ? Label.IN : alwaysOut ? Label.OUT : Label.UNDECIDED;
        }
        return labels;
    }

    static BitSet in(Label[] labels) {
        BitSet in = new BitSet();
        for (int a = 0; a < labels.length; a++) {
            in.set(a, labels[a] == Label.IN);
        }
        return in;
    }

    private static boolean strictlyWithin(BitSet x, BitSet y) {
        BitSet rest = (BitSet) x.clone();
        rest.andNot(y);
        return rest.isEmpty() && x.cardinality() < y.cardinality();
    }
}
