package org.argumap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.junit.jupiter.api.Test;

/**
 * The inferences a statement feeds come in map order, so its role (which the first decides) and
 * its place in the tree survive an undo (remove and restore) and a save and reload. They used to
 * come in the graph's edge order, which a restored inference joined at the end.
 */
class InferencesFromOrderTest {

    private static ArgumentMap shared() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("a", StatementContent.claim("A"));
        map.addStatement("b", StatementContent.claim("B"));
        map.addStatement("p", StatementContent.claim("shared premise"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("p"), "a");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("p"), "b");
        return map;
    }

    @Test
    void aRestoredInferenceTakesItsPlaceAgain() {
        ArgumentMap map = shared();
        map.restore(map.remove(List.of("i1")));
        assertEquals(List.of("i1", "i2"), ids(map.inferencesFrom(map.statement("p"))));
        assertEquals(Role.REASON, map.roleOf(map.statement("p")));
    }

    @Test
    void reorderingChangesWhichComesFirstAndSavingKeepsIt() throws MapReadException {
        ArgumentMap map = shared();
        map.reorder("i2", map.indexOf("i1"));
        assertEquals(Role.OBJECTION, map.roleOf(map.statement("p")));
        String json = new ArgumapJsonFormat().writeToString(map);
        ArgumentMap reread = new ArgumapJsonFormat().read(json.getBytes(StandardCharsets.UTF_8), Path.of("x")).map();
        assertEquals(Role.OBJECTION, reread.roleOf(reread.statement("p")));
    }

    private static List<String> ids(List<? extends MapNode> nodes) {
        return nodes.stream().map(MapNode::id).toList();
    }
}
