package org.argumap.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

/**
 * A generated map of 100,000 statements evaluates completely: deep chains do not overflow the stack
 * and every statement gets a label and a strength. A sanity check only; how fast it goes is for
 * the benchmarks to say, not for a test on a shared build machine.
 */
class LargeMapEvaluationTest {
    private static final int STATEMENTS = 100_000;

    @Test
    void aHundredThousandStatementsAreEvaluated() {
        ArgumentMap map = generated();
        for (Semantics semantics : Semantics.values()) {
            Evaluation evaluation = Evaluator.evaluate(map, semantics);
            assertEquals(STATEMENTS, evaluation.strengths().size());
            assertEquals(map.size(), evaluation.labels().size());
            assertTrue(evaluation.strengths().values().stream().allMatch(s -> s >= 0 && s <= 1));
        }
    }

    /** A ternary tree of reasons and objections, every tenth step undercut, and one long chain. */
    private static ArgumentMap generated() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s0", StatementContent.claim("root"));
        int inferences = 0;
        for (int i = 1; i < STATEMENTS; i++) {
            map.addStatement("s" + i, StatementContent.claim("statement " + i).withRating(i % 101));
            String parent = i % 1000 == 0 ? "s" + (i - 1) : "s" + (i - 1) / 3;
            InferenceType type = i % 4 == 0 ? InferenceType.ATTACK : InferenceType.SUPPORT;
            String id = "i" + inferences++;
            map.addInference(id, InferenceContent.of(type), List.of("s" + i), parent);
            if (i % 10 == 5 && i > 5) {
                map.addInference("i" + inferences++, InferenceContent.of(InferenceType.ATTACK), List.of("s" + (i - 5)), id);
            }
        }
        return map;
    }
}
