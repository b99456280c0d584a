package org.argumap.ui.evaluation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * A copy of a map's structure and contents, taken on the FX thread for a worker to evaluate while
 * the user goes on editing the original. Contents are immutable records, so the copy shares them
 * and costs a vertex and a few edges per box, less than the evaluation itself.
 */
final class MapSnapshot {
    private MapSnapshot() {
    }

    static ArgumentMap of(ArgumentMap map) {
        ArgumentMap copy = new ArgumentMap();
        for (Statement statement : map.statements()) {
            copy.addStatement(statement.id(), statement.content());
        }
        // An undercut needs the step it attacks to be there first; a file may list it before.
        Deque<Inference> waiting = new ArrayDeque<>(map.inferences());
        int sinceProgress = 0;
        while (!waiting.isEmpty() && sinceProgress <= waiting.size()) {
            Inference inference = waiting.poll();
            if (copy.contains(inference.target().id())) {
                List<String> premises = inference.premises().stream().map(Statement::id).toList();
                copy.addInference(inference.id(), inference.content(), premises, inference.target().id());
                sinceProgress = 0;
            } else {
                waiting.add(inference);
                sinceProgress++;
            }
        }
        return copy;
    }
}
