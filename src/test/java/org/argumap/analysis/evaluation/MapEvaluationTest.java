package org.argumap.analysis.evaluation;

import static org.argumap.analysis.evaluation.Label.IN;
import static org.argumap.analysis.evaluation.Label.OUT;
import static org.argumap.analysis.evaluation.Label.UNDECIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Maps as a user draws them, read as attack frameworks: support as necessary support (Cayrol and
 * Lagasquie-Schiex 2005; Nouioua and Risch 2011), undercuts on steps (Pollock 1987), and the user's
 * verdicts.
 */
class MapEvaluationTest {

    /** An undercut defeats the objection's step: the claim stands again, the objection itself stays in. */
    @Test
    void anUndercutDefeatsTheStepNotThePremise() {
        EvaluationMaps m = new EvaluationMaps()
                .claim("c", "We should cycle to work")
                .claim("o", "It rains a lot")
                .claim("u", "Rain does not stop anyone with a rain jacket")
                .attack("i1", "c", "o")
                .attack("i2", "i1", "u");
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals(Map.of("c", IN, "o", IN, "u", IN, "i1", OUT, "i2", IN), evaluation.labels());
    }

    /** Without the undercut the unanswered objection defeats the claim. */
    @Test
    void anUnansweredObjectionDefeatsAClaimWithoutReasons() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "We should cycle to work").claim("o", "It rains a lot")
                .attack("i1", "c", "o");
        assertEquals(OUT, Evaluator.evaluate(m.map).label("c"));
    }

    /** Reasons that all fall do not hold a claim up, and a standing objection brings it down as well. */
    @Test
    void aClaimWithNoStandingReasonAndAnUnansweredObjectionFalls() {
        EvaluationMaps m = new EvaluationMaps()
                .claim("c", "The school should ban phones")
                .claim("r1", "Phones distract pupils")
                .claim("r2", "Parents want the ban")
                .claim("x1", "Studies show no effect on attention")
                .claim("x2", "The survey of parents was never done")
                .claim("o", "Pupils need phones in emergencies")
                .support("s1", "c", "r1").support("s2", "c", "r2")
                .attack("a1", "r1", "x1").attack("a2", "r2", "x2")
                .attack("a3", "c", "o");
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals(List.of("c", "r1", "r2"), evaluation.statementsLabelled(OUT));
        assertEquals(OUT, evaluation.label("s1"));
        assertEquals(IN, evaluation.label("a3"));
    }

    /** A claim whose only reason is refuted has nothing left to stand on. */
    @Test
    void aClaimWhoseOnlyReasonIsRefutedFalls() {
        EvaluationMaps m = new EvaluationMaps()
                .claim("c", "The bridge is safe")
                .claim("r", "It passed inspection")
                .claim("x", "The inspection report was forged")
                .support("s", "c", "r")
                .attack("a", "r", "x");
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals(Map.of("c", OUT, "r", OUT, "x", IN, "s", OUT, "a", IN), evaluation.labels());
    }

    /** Linked co-premises carry their step only together: one falling takes the step with it. */
    @Test
    void aLinkedStepNeedsEveryPremise() {
        EvaluationMaps m = new EvaluationMaps()
                .claim("c", "Socrates is mortal")
                .claim("p1", "All men are mortal")
                .claim("p2", "Socrates is a man")
                .claim("x", "Socrates is a fictional character")
                .support("s", "c", "p1", "p2")
                .attack("a", "p2", "x");
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals(IN, evaluation.label("p1"));
        assertEquals(OUT, evaluation.label("s"));
        assertEquals(OUT, evaluation.label("c"));
    }

    /** A rejected statement falls whatever supports it, and what it alone attacked is free again. */
    @Test
    void aRejectedStatementFallsWhateverSupportsIt() {
        EvaluationMaps m = new EvaluationMaps()
                .claim("c", "Homework should be abolished", Verdict.REJECTED)
                .claim("r", "Pupils are tired")
                .claim("t", "Homework helps pupils practise")
                .support("s", "c", "r")
                .attack("a", "t", "c");
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals(OUT, evaluation.label("c"));
        assertEquals(IN, evaluation.label("s"));
        assertEquals(IN, evaluation.label("t"));
    }

    /** An accepted statement needs no standing reason, but a standing objection still defeats it. */
    @Test
    void anAcceptedStatementStandsWithoutReasonsUnlessDefeated() {
        EvaluationMaps m = new EvaluationMaps()
                .claim("c", "Exercise improves mood", Verdict.ACCEPTED)
                .claim("r", "A single study says so")
                .claim("x", "That study was retracted")
                .support("s", "c", "r")
                .attack("a", "r", "x");
        assertEquals(IN, Evaluator.evaluate(m.map).label("c"));

        m.claim("o", "Mood is not measurable").attack("a2", "c", "o");
        assertEquals(OUT, Evaluator.evaluate(m.map).label("c"));
    }

    /** Two objections that rebut each other: grounded cannot choose, preferred shows both points of view. */
    @Test
    void aMutualRebuttalHasTwoPointsOfView() {
        EvaluationMaps m = new EvaluationMaps()
                .claim("a", "Nuclear power is safe")
                .claim("b", "Nuclear power is dangerous")
                .claim("d", "We should build a reactor")
                .attack("i1", "b", "a").attack("i2", "a", "b")
                .support("i3", "d", "a");
        assertEquals(List.of("a", "b", "d"), Evaluator.evaluate(m.map).statementsLabelled(UNDECIDED));
        Evaluation preferred = Evaluator.evaluate(m.map, Semantics.PREFERRED);
        assertEquals(Semantics.PREFERRED, preferred.semantics());
        assertEquals(Set.of(Set.of("a", "d"), Set.of("b")), Set.copyOf(preferred.extensions()));
        assertEquals(List.of("a", "b", "d"), preferred.statementsLabelled(UNDECIDED));
        assertEquals("", preferred.notice());
        assertEquals(List.of(), Evaluator.evaluate(m.map).extensions(), "grounded lists no extensions");
    }

    /**
     * Floating acceptance on a map: two rival objections that rebut each other both attack c, and c
     * attacks d. Grounded decides nothing; in both preferred extensions c falls and d stands (Baroni,
     * Caminada and Giacomin 2011, "An introduction to argumentation semantics", KER 26).
     */
    @Test
    void floatingAcceptance() {
        EvaluationMaps m = new EvaluationMaps().claim("a", "A").claim("b", "B").claim("c", "C").claim("d", "D")
                .attack("i1", "b", "a").attack("i2", "a", "b").attack("i3", "c", "a").attack("i4", "c", "b")
                .attack("i5", "d", "c");
        assertEquals(List.of("a", "b", "c", "d"), Evaluator.evaluate(m.map).statementsLabelled(UNDECIDED));
        Evaluation preferred = Evaluator.evaluate(m.map, Semantics.PREFERRED);
        assertEquals(OUT, preferred.label("c"));
        assertEquals(IN, preferred.label("d"));
        assertEquals(List.of("a", "b"), preferred.statementsLabelled(UNDECIDED));
        assertEquals(Set.of(Set.of("a", "d"), Set.of("b", "d")), Set.copyOf(preferred.extensions()));
        assertEquals("Falls: in every preferred extension one of its objections stands, though no one of them"
                + " stands in all.", Explanations.explain(m.map, preferred, "c"));
    }

    /** A three-way cycle of objections has no stable extension; the notice says why all is undecided. */
    @Test
    void anOddCycleOfObjectionsHasNoStableExtension() {
        EvaluationMaps m = new EvaluationMaps()
                .claim("a", "A").claim("b", "B").claim("c", "C").claim("d", "D, unattacked")
                .attack("i1", "b", "a").attack("i2", "c", "b").attack("i3", "a", "c");
        Evaluation stable = Evaluator.evaluate(m.map, Semantics.STABLE);
        assertEquals(List.of("a", "b", "c", "d"), stable.statementsLabelled(UNDECIDED));
        assertTrue(stable.notice().contains("no stable extension"), stable.notice());
        assertEquals(List.of(), stable.extensions());
        assertEquals(List.of("d"), Evaluator.evaluate(m.map, Semantics.PREFERRED).statementsLabelled(IN));
    }

    /** Over the budget the evaluation falls back to grounded labels and says so in plain words. */
    @Test
    void overTheBudgetGroundedLabelsAreShownWithANotice() {
        EvaluationMaps m = new EvaluationMaps().claim("a", "A").claim("b", "B")
                .attack("i1", "b", "a").attack("i2", "a", "b");
        Evaluation evaluation = Evaluator.evaluate(m.map, Semantics.PREFERRED, new ExtensionSearch.Budget(1, 10));
        assertEquals(Semantics.PREFERRED, evaluation.semantics());
        assertEquals(List.of("a", "b"), evaluation.statementsLabelled(UNDECIDED));
        assertEquals("This map is too large to enumerate its preferred extensions, so grounded labels are shown.",
                evaluation.notice());
    }

    /** Every statement gets a strength, and nothing else does. */
    @Test
    void everyStatementHasAStrength() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "C").claim("r", "R").support("s", "c", "r");
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals(Set.of("c", "r"), evaluation.strengths().keySet());
        assertEquals(0.75, evaluation.strength("c"), 1e-12);
    }
}
