package org.argumap.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An abstract argumentation framework (Dung 1995): arguments numbered 0 to n-1 and who attacks whom.
 * Arrays of ints rather than a JGraphT graph, since the labelling algorithms run over every attack of
 * a 100,000-statement map after each edit.
 */
final class AttackFramework {
    private final int[][] attackers;
    private final int[][] attacked;

    private AttackFramework(int[][] attackers, int[][] attacked) {
        this.attackers = attackers;
        this.attacked = attacked;
    }

    int size() {
        return attackers.length;
    }

    /** The arguments that attack {@code argument}. */
    int[] attackersOf(int argument) {
        return attackers[argument];
    }

    /** The arguments {@code argument} attacks. */
    int[] attackedBy(int argument) {
        return attacked[argument];
    }

    /** Collects arguments and attacks, then freezes them into arrays. */
    static final class Builder {
        private final List<int[]> attacks = new ArrayList<>();
        private int size;

        /** A new argument's number. */
        int addArgument() {
            return size++;
        }

        Builder attack(int from, int to) {
            if (from < 0 || from >= size || to < 0 || to >= size) {
                throw new IllegalArgumentException("no such argument: " + from + " -> " + to);
            }
            attacks.add(new int[] {from, to});
            return this;
        }

        AttackFramework build() {
            int[] in = new int[size];
            int[] out = new int[size];
            for (int[] attack : attacks) {
                out[attack[0]]++;
                in[attack[1]]++;
            }
            int[][] attackers = new int[size][];
            int[][] attacked = new int[size][];
            for (int i = 0; i < size; i++) {
                attackers[i] = new int[in[i]];
                attacked[i] = new int[out[i]];
            }
            Arrays.fill(in, 0);
            Arrays.fill(out, 0);
            for (int[] attack : attacks) {
                attacked[attack[0]][out[attack[0]]++] = attack[1];
                attackers[attack[1]][in[attack[1]]++] = attack[0];
            }
            return new AttackFramework(attackers, attacked);
        }
    }

    /** A framework of {@code size} arguments with these attacks, each an array {from, to}; for tests. */
    static AttackFramework of(int size, int[]... attacks) {
        Builder builder = new Builder();
        for (int i = 0; i < size; i++) {
            builder.addArgument();
        }
        for (int[] attack : attacks) {
            builder.attack(attack[0], attack[1]);
        }
        return builder.build();
    }
}
