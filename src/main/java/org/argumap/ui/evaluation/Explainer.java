package org.argumap.ui.evaluation;

import java.util.Locale;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.model.ArgumentMap;

/**
 * Says in a sentence why a statement or step stands, falls or is undecided, for the selected box's
 * evaluation strip. {@link #FALLBACK} says only what the label and the strength say; the
 * analysis's {@code Explanations.explain} plugs in as {@code Explanations::explain} in
 * {@link EvaluationView}'s constructor.
 */
@FunctionalInterface
public interface Explainer {
    Explainer FALLBACK = (map, evaluation, id) -> {
        String word = evaluation.label(id).word();
        String sentence = Character.toUpperCase(word.charAt(0)) + word.substring(1) + ".";
        double strength = evaluation.strength(id);
        return Double.isNaN(strength) ? sentence
                : sentence + String.format(Locale.ROOT, " Strength %d %%.", Math.round(strength * 100));
    };

    String explain(ArgumentMap map, Evaluation evaluation, String id);
}
