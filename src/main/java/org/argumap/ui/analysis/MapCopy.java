package org.argumap.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * A private copy of a map's argument (statements, inferences, their order) for a worker thread to
 * analyse or evaluate; contents are immutable records, so the copy shares them. {@link LiveAnalysis}
 * makes it on the worker, {@code LiveEvaluation} on the FX thread. On the worker it reads only plain
 * fields and lists: the map's queries fill caches as they go (the order index), and a second thread
 * filling them could break the FX thread's own reads. A copy torn by a change made meanwhile is
 * caught by the caller, which compares the map's version before and after.
 */
public final class MapCopy {
    private MapCopy() {
    }

    public static ArgumentMap of(ArgumentMap original) {
        List<MapNode> nodes = original.nodes();
        ArgumentMap copy = new ArgumentMap();
        List<Inference> pending = new ArrayList<>();
        for (MapNode node : nodes) {
            if (node instanceof Statement statement) {
                copy.addStatement(statement.id(), statement.content());
            } else {
                pending.add((Inference) node);
            }
        }
        // An undercut can come before the inference it targets; add it once its target is there.
        while (!pending.isEmpty()) {
            List<Inference> later = new ArrayList<>();
            for (Inference inference : pending) {
                if (copy.contains(inference.target().id())) {
                    copy.addInference(inference.id(), inference.content(),
                            inference.premises().stream().map(Statement::id).toList(), inference.target().id());
                } else {
                    later.add(inference);
                }
            }
            if (later.size() == pending.size()) {
                throw new IllegalStateException("the map changed while it was copied");
            }
            pending = later;
        }
        copy.rearrange(nodes.stream().map(MapNode::id).toList());
        return copy;
    }
}
