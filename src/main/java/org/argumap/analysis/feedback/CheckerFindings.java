package org.argumap.analysis.feedback;

import java.util.List;
import java.util.Map;
import org.argumap.analysis.MapChecker;
import org.argumap.analysis.Problem;
import org.argumap.model.ArgumentMap;

/**
 * {@link MapChecker}'s problems, and its warning about arguments without premises, as findings
 * with hints. The checker stays the one place that decides what is a problem, so the editor and
 * {@code check} never disagree.
 */
final class CheckerFindings {
    /** Short next steps; the checker's messages already say what is wrong. */
    private static final Map<String, String> HINTS = Map.of(
            MapChecker.NO_MAIN_CLAIM, "Find the claim the map argues for and make sure it feeds nothing.",
            MapChecker.CIRCULAR_REASONING, "Break the circle: one of these claims needs a reason from outside it.",
            MapChecker.EMPTY_STATEMENT, "Write out what it says, or delete the box.",
            MapChecker.UNSOURCED_EVIDENCE, "Add a URL, a title or a quote in the inspector.",
            MapChecker.ISOLATED_STATEMENT, "Drag it onto the claim it bears on, or delete it.",
            MapChecker.DUPLICATE_STATEMENT, "Keep one copy and move the other's reasons under it.",
            MapChecker.CONTRADICTION_NOT_ATTACK, "Make it an attack, or drop the contradiction mark.",
            MapChecker.INFERENCE_WITHOUT_PREMISES, "Add the statements the argument rests on.");

    private CheckerFindings() {
    }

    static List<Finding> problems(List<Problem> problems) {
        return problems.stream().map(p -> finding(p, Severity.PROBLEM)).toList();
    }

    /** A warning in {@code check}, because Argdown maps are full of them: a next step, not a fault. */
    static List<Finding> inferencesWithoutPremises(ArgumentMap map) {
        return MapChecker.inferencesWithoutPremises(map).stream().map(p -> finding(p, Severity.SUGGESTION)).toList();
    }

    private static Finding finding(Problem problem, Severity severity) {
        return new Finding(problem.code(), severity, problem.message(), problem.ids(),
                HINTS.getOrDefault(problem.code(), "See what the message asks for."));
    }
}
