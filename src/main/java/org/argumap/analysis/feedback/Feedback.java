package org.argumap.analysis.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.argumap.analysis.MapChecker;
import org.argumap.analysis.Problem;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.model.ArgumentMap;

/**
 * The feedback on a map, the entry point of this package. Findings come problems first, then
 * suggestions; within a severity, by kind and in map order.
 *
 * <p>Codes: those of {@link MapChecker#check}, as problems; and as suggestions
 * {@value MapChecker#INFERENCE_WITHOUT_PREMISES}, {@value UnsupportedClaims#CODE},
 * {@value UnansweredObjections#CODE} and {@value MainClaimStanding#CODE}. Unclassified replies are
 * left out: a thread import has hundreds, and the status bar already counts them.
 */
public final class Feedback {
    public static final String UNSUPPORTED_CLAIM = UnsupportedClaims.CODE;
    public static final String UNANSWERED_OBJECTION = UnansweredObjections.CODE;
    public static final String MAIN_CLAIM_DOES_NOT_STAND = MainClaimStanding.CODE;

    private Feedback() {
    }

    /** With the grounded evaluation worked out here; the editor passes the one it already has. */
    public static List<Finding> of(ArgumentMap map) {
        return of(map, Evaluator.evaluate(map));
    }

    /** @param evaluation which statements of this map stand; it must be of the map as it is now */
    public static List<Finding> of(ArgumentMap map, Evaluation evaluation) {
        Objects.requireNonNull(map);
        Objects.requireNonNull(evaluation);
        List<Problem> problems = MapChecker.check(map);
        List<Finding> findings = new ArrayList<>(CheckerFindings.problems(problems));
        findings.addAll(CheckerFindings.inferencesWithoutPremises(map));
        findings.addAll(UnsupportedClaims.find(map, problems));
        findings.addAll(UnansweredObjections.find(map));
        findings.addAll(MainClaimStanding.find(map, evaluation));
        findings.sort(Comparator.comparing(Finding::severity));
        return List.copyOf(findings);
    }

    /** "2 problems, 3 suggestions"; "no problems, 1 suggestion". */
    public static String summary(List<Finding> findings) {
        long problems = findings.stream().filter(f -> f.severity() == Severity.PROBLEM).count();
        return Severity.PROBLEM.count((int) problems) + ", "
                + Severity.SUGGESTION.count((int) (findings.size() - problems));
    }
}
