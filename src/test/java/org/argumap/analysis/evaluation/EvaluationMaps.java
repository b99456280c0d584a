package org.argumap.analysis.evaluation;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;

/** Small maps for the evaluation's tests, built through the model's own methods, one line per element. */
final class EvaluationMaps {
    final ArgumentMap map = new ArgumentMap();

    EvaluationMaps claim(String id, String text) {
        map.addStatement(id, StatementContent.claim(text));
        return this;
    }

    EvaluationMaps claim(String id, String text, Verdict verdict) {
        map.addStatement(id, StatementContent.claim(text).withVerdict(verdict));
        return this;
    }

    EvaluationMaps rated(String id, String text, int rating) {
        map.addStatement(id, StatementContent.claim(text).withRating(rating));
        return this;
    }

    EvaluationMaps support(String id, String target, String... premises) {
        return inference(id, InferenceContent.of(InferenceType.SUPPORT), target, premises);
    }

    EvaluationMaps attack(String id, String target, String... premises) {
        return inference(id, InferenceContent.of(InferenceType.ATTACK), target, premises);
    }

    EvaluationMaps inference(String id, InferenceContent content, String target, String... premises) {
        map.addInference(id, content, List.of(premises), target);
        return this;
    }
}
