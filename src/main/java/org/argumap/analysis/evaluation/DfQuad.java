package org.argumap.analysis.evaluation;

/**
 * The two functions of DF-QuAD, the discontinuity-free quantitative argumentation debate (Rago,
 * Toni, Aurisicchio and Baroni 2016): how the strengths of several attackers (or supporters) add up,
 * and how that sum moves an argument's base score.
 */
final class DfQuad {
    private DfQuad() {
    }

    /**
     * F(v1, ..., vn) = 1 - (1 - v1)(1 - v2)...(1 - vn), and 0 for none: like the chance that at least
     * one of independent events happens, so two weak attackers count for more than one, never above 1.
     */
    static double aggregate(double[] strengths, int count) {
        double none = 1;
        for (int i = 0; i < count; i++) {
            none *= 1 - strengths[i];
        }
        return 1 - none;
    }

    /**
     * C(v0, va, vs): the base score v0 moved toward 0 by how much the attack va outweighs the support
     * vs, or toward 1 by how much the support outweighs the attack; equal attack and support leave it.
     */
    static double combine(double base, double attack, double support) {
        return attack >= support ? base - base * (attack - support) : base + (1 - base) * (support - attack);
    }
}
