package org.argumap.io.json;

import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapInfo;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Presentation;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * What a map file holds, taken from the map in one pass: the contents, ids and places the map may
 * replace later (they are immutable values, so nothing is copied but references), in map order.
 * The editor takes it on the thread that owns the map and writes it on a worker.
 */
record WrittenMap(MapInfo info, String[] statementIds, StatementContent[] statements, String[] inferenceIds,
                  InferenceContent[] inferences, String[][] premises, String[] targets, String[] placedIds,
                  Position[] places, int placedCount, Presentation presentation) {

    static WrittenMap of(ArgumentMap map) {
        int statementCount = map.statementCount();
        int inferenceCount = map.inferenceCount();
        String[] statementIds = new String[statementCount];
        StatementContent[] statements = new StatementContent[statementCount];
        String[] inferenceIds = new String[inferenceCount];
        InferenceContent[] inferences = new InferenceContent[inferenceCount];
        String[][] premises = new String[inferenceCount][];
        String[] targets = new String[inferenceCount];
        String[] placedIds = new String[statementCount + inferenceCount];
        Position[] places = new Position[statementCount + inferenceCount];
        int s = 0;
        int i = 0;
        int placed = 0;
        for (MapNode node : map.nodes()) {
            if (node instanceof Statement statement) {
                statementIds[s] = statement.id();
                statements[s++] = statement.content();
            } else if (node instanceof Inference inference) {
                inferenceIds[i] = inference.id();
                inferences[i] = inference.content();
                premises[i] = inference.premises().stream().map(MapNode::id).toArray(String[]::new);
                targets[i++] = inference.target().id();
            }
            if (node.position() != null) {
                placedIds[placed] = node.id();
                places[placed++] = node.position();
            }
        }
        return new WrittenMap(map.info(), statementIds, statements, inferenceIds, inferences, premises, targets,
                placedIds, places, placed, map.presentation());
    }
}
