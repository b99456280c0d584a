package org.argumap.cli;

import java.util.List;
import org.argumap.analysis.Excerpt;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.analysis.evaluation.Label;
import org.argumap.analysis.evaluation.Semantics;
import org.argumap.model.ArgumentMap;

/**
 * What {@code check} says about which claims stand: the evaluation itself, and the main claims
 * with their words, since the report is printed after the map is gone.
 */
record EvaluationReport(Evaluation evaluation, List<MainClaim> mainClaims) {
    EvaluationReport {
        mainClaims = List.copyOf(mainClaims);
    }

    /**
     * A main claim as the report names it, and its label.
     *
     * @param excerpt {@code "Cats make better pets" (s1)}, quoted as the problems quote statements
     */
    record MainClaim(String id, String excerpt, Label label) {
    }

    static EvaluationReport of(ArgumentMap map, Semantics semantics) {
        Evaluation evaluation = Evaluator.evaluate(map, semantics);
        List<MainClaim> claims = map.mainClaims().stream()
                .map(s -> new MainClaim(s.id(), Excerpt.of(s), evaluation.label(s.id())))
                .toList();
        return new EvaluationReport(evaluation, claims);
    }

    int count(Label label) {
        return evaluation.statementsLabelled(label).size();
    }
}
