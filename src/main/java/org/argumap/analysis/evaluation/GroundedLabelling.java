package org.argumap.analysis.evaluation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The grounded labelling (Dung 1995; in labelling form, Caminada 2006): start from the unattacked
 * arguments as in, label out whatever an in argument attacks, label in whatever has all its attackers
 * out, and repeat until nothing changes; what is left is undecided. Each argument and attack is looked
 * at a bounded number of times, so this is linear in the size of the framework.
 */
final class GroundedLabelling {
    private GroundedLabelling() {
    }

    static Label[] of(AttackFramework framework) {
        int n = framework.size();
        Label[] labels = new Label[n];
        Arrays.fill(labels, Label.UNDECIDED);
        int[] attackersNotOut = new int[n];
        Deque<Integer> newlyIn = new ArrayDeque<>();
        for (int a = 0; a < n; a++) {
            attackersNotOut[a] = framework.attackersOf(a).length;
            if (attackersNotOut[a] == 0) {
                labels[a] = Label.IN;
                newlyIn.add(a);
            }
        }
        while (!newlyIn.isEmpty()) {
            int in = newlyIn.poll();
            for (int victim : framework.attackedBy(in)) {
                if (labels[victim] != Label.UNDECIDED) {
                    continue;
                }
                labels[victim] = Label.OUT;
                for (int next : framework.attackedBy(victim)) {
                    if (--attackersNotOut[next] == 0 && labels[next] == Label.UNDECIDED) {
                        labels[next] = Label.IN;
                        newlyIn.add(next);
                    }
                }
            }
        }
        return labels;
    }
}
