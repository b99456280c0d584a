package org.argumap.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;

/** The sentences a student reads beside the selected box. */
class ExplanationsTest {

    private static String explain(EvaluationMaps m, String id) {
        return Explanations.explain(m.map, Evaluator.evaluate(m.map), id);
    }

    private static String explain(EvaluationMaps m, Semantics semantics, String id) {
        return Explanations.explain(m.map, Evaluator.evaluate(m.map, semantics), id);
    }

    @Test
    void aStandingObjectionThatIsNotAnswered() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "We should cycle to work").claim("o", "It rains a lot")
                .attack("i1", "c", "o");
        assertEquals("Falls: attacked by \"It rains a lot\", which stands and is not answered.", explain(m, "c"));
        assertEquals("Stands: nothing attacks it, and without reasons of its own it is taken as given.",
                explain(m, "o"));
    }

    @Test
    void aClaimHeldUpByAReasonDespiteAnAnsweredObjection() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "We should cycle to work").claim("r", "Cycling is healthy")
                .claim("o", "It rains a lot").claim("u", "Rain jackets exist")
                .support("s", "c", "r").attack("a", "c", "o").attack("x", "a", "u");
        assertEquals("Stands: no objection to it stands, and its reason \"Cycling is healthy\" stands.", explain(m, "c"));
        assertEquals("The step falls: undercut by \"Rain jackets exist\".", explain(m, "a"));
        assertEquals("The step stands: its premises stand and nothing standing undercuts it.", explain(m, "s"));
    }

    @Test
    void reasonsThatAllFall() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "C").claim("r1", "R1").claim("r2", "R2")
                .claim("x", "X").support("s1", "c", "r1").support("s2", "c", "r2")
                .attack("a1", "r1", "x").attack("a2", "r2", "x");
        assertEquals("Falls: none of its 2 reasons stands.", explain(m, "c"));
        assertEquals("The step falls: its premise \"R1\" falls.", explain(m, "s1"));
    }

    @Test
    void theOnlyReasonFallsOrIsUndercut() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "The bridge is safe").claim("r", "It passed inspection")
                .claim("x", "The report was forged").support("s", "c", "r").attack("a", "r", "x");
        assertEquals("Falls: its only reason, \"It passed inspection\", falls.", explain(m, "c"));

        EvaluationMaps undercut = new EvaluationMaps().claim("c", "The bridge is safe")
                .claim("r", "It passed inspection").claim("u", "Inspections miss rust")
                .support("s", "c", "r").attack("a", "s", "u");
        assertEquals("Falls: the step from its only reason, \"It passed inspection\", is undercut by"
                + " \"Inspections miss rust\".", explain(undercut, "c"));
    }

    @Test
    void verdicts() {
        EvaluationMaps m = new EvaluationMaps().claim("r", "Rejected", Verdict.REJECTED)
                .claim("a", "Accepted", Verdict.ACCEPTED).claim("o", "Objection", Verdict.REJECTED)
                .attack("i", "a", "o");
        assertEquals("Falls: you rejected it.", explain(m, "r"));
        assertEquals("Stands: you accepted it and nothing standing attacks it.", explain(m, "a"));
    }

    @Test
    void aCycleOfAttacks() {
        EvaluationMaps m = new EvaluationMaps().claim("a", "Nuclear power is safe").claim("b", "Nuclear power is dangerous")
                .claim("d", "We should build a reactor")
                .attack("i1", "b", "a").attack("i2", "a", "b").support("i3", "d", "a");
        assertEquals("Undecided: it is caught in a cycle of attacks with \"Nuclear power is dangerous\".",
                explain(m, "a"));
        assertEquals("Undecided: it depends on \"Nuclear power is safe\", which is undecided.", explain(m, "d"));
        assertEquals("The step is undecided: its premise \"Nuclear power is safe\" is undecided.", explain(m, "i3"));
        assertEquals("Undecided: it stands in 1 of the 2 preferred extensions, not in all.",
                explain(m, Semantics.PREFERRED, "a"));
    }

    @Test
    void noStableExtension() {
        EvaluationMaps m = new EvaluationMaps().claim("a", "A").claim("b", "B").claim("c", "C")
                .attack("i1", "b", "a").attack("i2", "c", "b").attack("i3", "a", "c");
        assertEquals("Undecided: the map has no stable extension, so nothing in it is decided.",
                explain(m, Semantics.STABLE, "a"));
    }

    @Test
    void strengthInWordsAndUnknownIds() {
        EvaluationMaps m = new EvaluationMaps().claim("c", "C").claim("r", "R").support("s", "c", "r");
        Evaluation evaluation = Evaluator.evaluate(m.map);
        assertEquals("strength 0.75", Explanations.strength(evaluation, "c"));
        assertEquals("", Explanations.strength(evaluation, "s"));
        assertEquals("", Explanations.explain(m.map, evaluation, "nowhere"));
    }
}
