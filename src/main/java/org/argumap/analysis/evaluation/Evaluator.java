package org.argumap.analysis.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/** Works out which claims of a map stand: the entry point of this package. */
public final class Evaluator {
    private Evaluator() {
    }

    /** The grounded evaluation, the default everywhere. */
    public static Evaluation evaluate(ArgumentMap map) {
        return evaluate(map, Semantics.GROUNDED);
    }

    public static Evaluation evaluate(ArgumentMap map, Semantics semantics) {
        Objects.requireNonNull(map);
        Objects.requireNonNull(semantics);
        MapFramework mapFramework = MapFramework.of(map);
        Label[] labels = GroundedLabelling.of(mapFramework.framework());
        Map<String, Label> byId = new LinkedHashMap<>();
        List<MapNode> nodes = mapFramework.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            byId.put(nodes.get(i).id(), labels[i]);
        }
        List<String> statements = map.statements().stream().map(Statement::id).toList();
        return new Evaluation(semantics, byId, Map.of(), statements, "");
    }
}
