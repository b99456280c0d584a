package org.argumap.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;

/**
 * An off-topic reply bears on nothing: whatever it says and however sure its author is, the
 * statement it answers stands exactly as it did without it, in every semantics and in strength.
 */
class OffTopicEvaluationTest {
    private static final double EXACT = 1e-12;

    private static EvaluationMaps debate() {
        return new EvaluationMaps().claim("c", "Cats make better pets").rated("r", "They need less time", 70)
                .claim("o", "Cats scratch furniture").support("i1", "c", "r").attack("i2", "c", "o");
    }

    @Test
    void offTopicRepliesChangeNoLabelAndNoStrength() {
        EvaluationMaps without = debate();
        // A certain off-topic reply on the claim and one on the objection: were they attacks, both would count.
        EvaluationMaps with = debate().claim("x", "Lovely weather today", Verdict.ACCEPTED)
                .claim("y", "Anyone watching the match?", Verdict.ACCEPTED)
                .inference("i3", InferenceContent.of(InferenceType.OFF_TOPIC), "c", "x")
                .inference("i4", InferenceContent.of(InferenceType.OFF_TOPIC), "o", "y");
        for (Semantics semantics : Semantics.values()) {
            Evaluation before = Evaluator.evaluate(without.map, semantics);
            Evaluation after = Evaluator.evaluate(with.map, semantics);
            for (String id : new String[] {"c", "r", "o"}) {
                assertEquals(before.label(id), after.label(id), semantics + " " + id);
                assertEquals(before.strength(id), after.strength(id), EXACT, semantics + " " + id);
            }
        }
    }

    @Test
    void theSameReplyAsAnAttackWouldChangeTheClaim() {
        // The test above could pass if the replies reached nothing at all; this shows the map reacts to an attack.
        EvaluationMaps attacked = debate().claim("x", "Lovely weather today", Verdict.ACCEPTED).attack("i3", "c", "x");
        EvaluationMaps offTopic = debate().claim("x", "Lovely weather today", Verdict.ACCEPTED)
                .inference("i3", InferenceContent.of(InferenceType.OFF_TOPIC), "c", "x");
        double plain = Evaluator.evaluate(debate().map).strength("c");
        assertEquals(plain, Evaluator.evaluate(offTopic.map).strength("c"), EXACT);
        org.junit.jupiter.api.Assertions.assertNotEquals(plain, Evaluator.evaluate(attacked.map).strength("c"), EXACT);
    }
}
