package org.argumap.analysis.evaluation;

import static org.argumap.analysis.evaluation.Label.IN;
import static org.argumap.analysis.evaluation.Label.OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worked example of analysis.md, on the bundled demo map (the APT31 thread): its numbers come
 * from here, so a change to the map or the evaluation that moves them fails this test first.
 */
class DemoMapEvaluationTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");
    private static final String OBJECTION = "How is this different from US spying on the EU?";
    private static final double ROUNDING = 5e-4;

    private ArgumentMap map;
    private String objection;
    private String answer;
    private String asymmetry;
    private String thesis;

    @BeforeEach
    void readDemo() throws Exception {
        map = new ArgumapJsonFormat().read(DEMO).map();
        objection = map.statements().stream().filter(s -> s.text().equals(OBJECTION)).findFirst().orElseThrow().id();
        answer = map.inferencesInto(map.statement(objection)).stream().filter(i -> i.type() == InferenceType.ATTACK)
                .findFirst().orElseThrow().premises().get(0).id();
        asymmetry = map.inferencesFrom(map.statement(objection)).get(0).target().id();
        thesis = map.mainClaims().get(0).id();
    }

    /** As shipped, the objection is answered: it falls, the asymmetry claim and the thesis stand. */
    @Test
    void asShippedEveryClaimButTheAnsweredObjectionStands() {
        Evaluation evaluation = Evaluator.evaluate(map);
        assertEquals(List.of(objection), evaluation.statementsLabelled(OUT));
        assertEquals(map.statements().size() - 1, evaluation.statementsLabelled(IN).size());
        assertEquals(0.998, evaluation.strength(thesis), ROUNDING);
        assertEquals(0.5625, evaluation.strength(asymmetry), ROUNDING);
        assertEquals(0.375, evaluation.strength(objection), ROUNDING);
        assertEquals(0.75, evaluation.strength(answer), ROUNDING);
        assertEquals("Falls: attacked by \"Allies do spy on each other; the difference is the...\", which stands"
                + " and is not answered.", Explanations.explain(map, evaluation, objection));
        for (Semantics semantics : List.of(Semantics.PREFERRED, Semantics.STABLE)) {
            Evaluation other = Evaluator.evaluate(map, semantics);
            assertEquals(evaluation.labels(), other.labels(), "an acyclic map has one extension: " + semantics.key());
            assertEquals(1, other.extensions().size());
        }
    }

    /** Without the answer the objection stands and takes the asymmetry claim down; the thesis keeps other reasons. */
    @Test
    void unansweredTheObjectionDefeatsTheAsymmetryClaim() {
        String answerStep = map.inferencesInto(map.statement(objection)).stream()
                .filter(i -> i.type() == InferenceType.ATTACK).findFirst().orElseThrow().id();
        map.remove(List.of(answerStep));
        Evaluation evaluation = Evaluator.evaluate(map);
        assertEquals(IN, evaluation.label(objection));
        assertEquals(List.of(asymmetry), evaluation.statementsLabelled(OUT));
        assertEquals(IN, evaluation.label(thesis));
        assertEquals(0.75, evaluation.strength(objection), ROUNDING);
        assertEquals(0.375, evaluation.strength(asymmetry), ROUNDING);
        assertEquals(0.997, evaluation.strength(thesis), ROUNDING);
    }

    /** An objection to the answer reinstates the objection, which again defeats the asymmetry claim. */
    @Test
    void anObjectionToTheAnswerReinstatesTheObjection() {
        Statement counter = map.addStatement("x1", StatementContent.claim("The Bundestag inquiry changed nothing."));
        map.addInference("x2", InferenceContent.of(InferenceType.ATTACK), List.of(counter.id()), answer);
        Evaluation evaluation = Evaluator.evaluate(map);
        assertEquals(List.of(asymmetry, answer), evaluation.statementsLabelled(OUT));
        assertEquals(IN, evaluation.label(objection));
        assertEquals(IN, evaluation.label(thesis));
        assertEquals(0.5, evaluation.strength(answer), ROUNDING);
        assertEquals(0.5, evaluation.strength(objection), ROUNDING);
        assertEquals(0.5, evaluation.strength(asymmetry), ROUNDING);
    }
}
