package org.argumap.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * DF-QuAD against values worked out by hand from its definitions (Rago, Toni, Aurisicchio and
 * Baroni 2016, KR, definitions of F and C): F(v1..vn) = 1 - prod(1 - vi), and C(v0, va, vs) moves v0
 * toward 0 by va - vs or toward 1 by vs - va.
 */
class DfQuadTest {
    private static final double EXACT = 1e-12;

    @Test
    void aggregationIsOneMinusTheProductOfComplements() {
        assertEquals(0, DfQuad.aggregate(new double[0], 0), EXACT);
        assertEquals(0.6, DfQuad.aggregate(new double[] {0.6}, 1), EXACT);
        assertEquals(0.75, DfQuad.aggregate(new double[] {0.5, 0.5}, 2), EXACT);
        assertEquals(1, DfQuad.aggregate(new double[] {0.2, 1}, 2), EXACT);
    }

    @Test
    void combinationMovesTheBaseByTheDifference() {
        assertEquals(0, DfQuad.combine(0.5, 1, 0), EXACT);
        assertEquals(1, DfQuad.combine(0.5, 0, 1), EXACT);
        assertEquals(0.5, DfQuad.combine(0.5, 0.6, 0.6), EXACT);
        assertEquals(0.4, DfQuad.combine(0.8, 0.7, 0.2), EXACT);
        assertEquals(0.6, DfQuad.combine(0.2, 0.1, 0.6), EXACT);
    }

    /** Base 0.5 with one unattacked attacker of base 1 (an accepted statement): 0.5 - 0.5 * 1 = 0. */
    @Test
    void oneFullAttackerBringsAnEvenClaimToNothing() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "C").claim("o", "O", Verdict.ACCEPTED).attack("i", "c", "o");
        assertEquals(0, Evaluator.evaluate(m.map).strength("c"), EXACT);
    }

    /** Base 0.5 with one supporter of strength 1: 0.5 + 0.5 * 1 = 1. */
    @Test
    void oneFullSupporterMakesAnEvenClaimCertain() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "C").claim("r", "R", Verdict.ACCEPTED).support("i", "c", "r");
        assertEquals(1, Evaluator.evaluate(m.map).strength("c"), EXACT);
    }

    /** An attacker and a supporter of 0.6 each cancel: the base stays 0.5. */
    @Test
    void equalAttackAndSupportLeaveTheBase() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "C").rated("o", "O", 60).rated("r", "R", 60)
                .attack("i1", "c", "o").support("i2", "c", "r");
        assertEquals(0.5, Evaluator.evaluate(m.map).strength("c"), EXACT);
    }

    /**
     * A rated step of 80% from linked premises of 0.9 and 0.5 carries 0.8 * min(0.9, 0.5) = 0.4 to a
     * claim rated 30%: 0.3 + 0.7 * 0.4 = 0.58.
     */
    @Test
    void aStepCarriesItsWeightTimesItsWeakestPremise() {
        EvaluationMaps m = new EvaluationMaps().rated("c", "C", 30).rated("p1", "P1", 90).claim("p2", "P2")
                .inference("i", InferenceContent.of(InferenceType.SUPPORT).withStrength(80), "c", "p1", "p2");
        assertEquals(0.58, Evaluator.evaluate(m.map).strength("c"), EXACT);
    }

    /**
     * An undercut of 0.5 halves the step it attacks: the objection of 0.5 passes 0.5 * (1 - 0.5) = 0.25,
     * leaving the claim 0.5 - 0.5 * 0.25 = 0.375.
     */
    @Test
    void anUndercutWeakensTheStepItAttacks() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "C").claim("o", "O").claim("u", "U")
                .attack("i1", "c", "o").attack("i2", "i1", "u");
        assertEquals(0.375, Evaluator.evaluate(m.map).strength("c"), EXACT);
    }

    /** The verdict sets the base: rejected 0, accepted 1, whatever the rating says. */
    @Test
    void verdictsOverrideRatingsAsBaseScores() {
        EvaluationMaps m = new EvaluationMaps().claim("a", "A", Verdict.ACCEPTED).claim("r", "R", Verdict.REJECTED)
                .rated("x", "X", 35);
        m.map.updateStatement("a", m.map.statement("a").content().withRating(10));
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals(1, evaluation.strength("a"), EXACT);
        assertEquals(0, evaluation.strength("r"), EXACT);
        assertEquals(0.35, evaluation.strength("x"), EXACT);
    }

    /**
     * Two accepted statements attacking each other: DF-QuAD is undefined on cycles, and the plain
     * update swings between (1, 1) and (0, 0); the damped iteration settles on the symmetric fixpoint
     * s = 1 - s, that is 0.5 each.
     */
    @Test
    void aCycleSettlesOnTheFixpoint() {
        EvaluationMaps m = new EvaluationMaps().claim("a", "A", Verdict.ACCEPTED).claim("b", "B", Verdict.ACCEPTED)
                .attack("i1", "b", "a").attack("i2", "a", "b");
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals(0.5, evaluation.strength("a"), 1e-6);
        assertEquals(0.5, evaluation.strength("b"), 1e-6);
        assertEquals("", evaluation.notice());
    }

    /** Cut short, the same cycle has not settled, and the result says so instead of passing for settled. */
    @Test
    void aCycleCutShortSaysSo() {
        EvaluationMaps m = new EvaluationMaps().claim("a", "A", Verdict.ACCEPTED).claim("b", "B", Verdict.ACCEPTED)
                .attack("i1", "b", "a").attack("i2", "a", "b");
        GradualStrength.Strengths strengths = GradualStrength.of(MapFramework.of(m.map), 1);
        assertFalse(strengths.settled());
        assertTrue(GradualStrength.of(MapFramework.of(m.map)).settled());
    }
}
