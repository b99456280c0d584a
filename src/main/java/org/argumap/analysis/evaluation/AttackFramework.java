package org.argumap.analysis.evaluation;

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
        // Two growing int arrays rather than a list of pairs: a large map has hundreds of thousands.
        private int[] from = new int[64];
        private int[] to = new int[64];
        private int attacks;
        private int size;

        /** A new argument's number. */
        int addArgument() {
            return size++;
        }

        Builder attack(int attacker, int target) {
            if (attacker < 0 || attacker >= size || target < 0 || target >= size) {
                throw new IllegalArgumentException("no such argument: " + attacker + " -> " + target);
            }
            if (attacks == from.length) {
                from = Arrays.copyOf(from, attacks * 2);
                to = Arrays.copyOf(to, attacks * 2);
            }
            from[attacks] = attacker;
            to[attacks] = target;
            attacks++;
            return this;
        }

        AttackFramework build() {
            int[] in = new int[size];
            int[] out = new int[size];
            for (int k = 0; k < attacks; k++) {
                out[from[k]]++;
                in[to[k]]++;
            }
            int[][] attackers = new int[size][];
            int[][] attacked = new int[size][];
            for (int i = 0; i < size; i++) {
                attackers[i] = new int[in[i]];
                attacked[i] = new int[out[i]];
            }
            Arrays.fill(in, 0);
            Arrays.fill(out, 0);
            for (int k = 0; k < attacks; k++) {
                attacked[from[k]][out[from[k]]++] = to[k];
                attackers[to[k]][in[to[k]]++] = from[k];
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
