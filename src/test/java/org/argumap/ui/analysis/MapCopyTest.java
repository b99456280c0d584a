package org.argumap.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class MapCopyTest {
    @Test
    void theCopyKeepsIdsContentsLinksAndOrderEvenWithAnUndercutListedFirst() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Cats make better pets"));
        map.addStatement("s2", StatementContent.claim("Cats need less time"));
        map.addStatement("s3", StatementContent.claim("Time is not the point"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("s2"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("s3"), "i1");
        map.rearrange(List.of("i2", "s3", "s1", "i1", "s2"));

        ArgumentMap copy = MapCopy.of(map);

        assertNotSame(map, copy);
        assertEquals(ids(map), ids(copy));
        assertEquals(map.statement("s2").content(), copy.statement("s2").content());
        assertEquals("i1", copy.inference("i2").target().id());
        assertEquals(map.roleOf(map.statement("s3")), copy.roleOf(copy.statement("s3")));
    }

    private static List<String> ids(ArgumentMap map) {
        return map.nodes().stream().map(MapNode::id).toList();
    }
}
