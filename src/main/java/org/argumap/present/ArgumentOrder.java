package org.argumap.present;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argumap.analysis.search.ReadingOrder;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * The steps of a map presented in argument order: the statements in reading order
 * ({@link ReadingOrder}: each main claim, then each reason or objection followed by its own
 * branch), one step each, except that
 * <ul>
 *   <li>linked co-premises are revealed together, since each counts only with the others;</li>
 *   <li>evidence that alone supports a statement is revealed with that statement: it is the
 *       backing of a point already on screen, not a new point, and a teacher shows a claim with its
 *       source. Evidence that attacks, or supports only as a linked premise, has its own step.</li>
 * </ul>
 */
final class ArgumentOrder {
    private ArgumentOrder() {
    }

    static List<List<String>> of(ArgumentMap map) {
        List<List<String>> steps = new ArrayList<>();
        Map<String, List<String>> stepOf = new HashMap<>();
        for (Statement statement : ReadingOrder.of(map)) {
            if (stepOf.containsKey(statement.id())) {
                continue;
            }
            List<Inference> feeds = map.inferencesFrom(statement);
            Inference hangsFrom = feeds.isEmpty() ? null : feeds.get(0);
            List<String> backed = backedStep(statement, hangsFrom, stepOf);
            if (backed != null) {
                backed.add(statement.id());
                stepOf.put(statement.id(), backed);
                continue;
            }
            List<String> step = new ArrayList<>();
            if (hangsFrom != null && hangsFrom.isLinked()) {
                hangsFrom.premises().stream().map(Statement::id).filter(id -> !stepOf.containsKey(id)).forEach(step::add);
            } else {
                step.add(statement.id());
            }
            step.forEach(id -> stepOf.put(id, step));
            steps.add(step);
        }
        return steps;
    }

    /** The step of the statement this evidence alone supports, if that is already placed; else null. */
    private static List<String> backedStep(Statement statement, Inference hangsFrom, Map<String, List<String>> stepOf) {
        if (statement.kind() != StatementKind.EVIDENCE || hangsFrom == null || hangsFrom.type() != InferenceType.SUPPORT
                || hangsFrom.isLinked() || !(hangsFrom.target() instanceof Statement supported)) {
            return null;
        }
        return stepOf.get(supported.id());
    }
}
