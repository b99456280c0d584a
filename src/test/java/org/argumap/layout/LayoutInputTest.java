package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LayoutInputTest {
    private final ArgumentMap map = new ArgumentMap();

    @BeforeEach
    void debate() {
        for (String id : List.of("thesis", "reason", "sub", "objection", "undercutter")) {
            map.addStatement(id, StatementContent.claim(id));
        }
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "thesis");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT), List.of("sub"), "reason");
        map.addInference("i3", InferenceContent.of(InferenceType.ATTACK), List.of("objection"), "thesis");
        map.addInference("i4", InferenceContent.of(InferenceType.ATTACK), List.of("undercutter"), "i2");
        map.moveTo("objection", new Position(300, 400));
    }

    private static List<String> ids(LayoutInput input) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            ids.add(input.id(i));
        }
        return ids;
    }

    @Test
    void copiesStructureSizesAndPlacesInMapOrder() {
        LayoutInput input = LayoutInput.of(map, LayoutAssertions.SIZES);

        assertEquals(List.of("thesis", "reason", "sub", "objection", "undercutter", "i1", "i2", "i3", "i4"), ids(input));
        int i4 = 8;
        assertEquals("i2", input.id(input.target(i4)), "an undercut's target is the inference");
        assertEquals(List.of("i1", "i3"), List.of(input.id(input.incoming(0, 0)), input.id(input.incoming(0, 1))));
        assertTrue(input.isPlaced(3));
        assertEquals(300, input.placedX(3));
        assertFalse(input.isPlaced(0));
        assertEquals(200, input.width(0));
        assertTrue(input.isTreeShaped());
    }

    @Test
    void leavesOutWhatCollapsingHidesAndWhatLeadsIntoIt() {
        LayoutInput input = LayoutInput.of(map, LayoutAssertions.SIZES, Collapsing.of(map, Set.of("reason")));

        assertEquals(List.of("thesis", "reason", "objection", "i1", "i3"), ids(input));
        assertEquals(0, input.incomingCount(1), "the collapsed reason shows nothing below it");
    }

    @Test
    void isASnapshotThatLaterEditsDoNotReach() {
        LayoutInput input = LayoutInput.of(map, LayoutAssertions.SIZES);
        MapGeometry before = new TreeLayout().layout(input);

        map.moveTo("thesis", new Position(-5000, -5000));
        map.addStatement("late", StatementContent.claim("late"));
        map.remove(List.of("objection"));

        MapGeometry again = new TreeLayout().layout(input);
        assertEquals(before.rects(), again.rects());
        assertFalse(again.rects().containsKey("late"));
        assertTrue(again.rects().containsKey("objection"));
    }

    @Test
    void aSharedPremiseMakesTheMapAGraph() {
        map.addInference("i5", InferenceContent.of(InferenceType.SUPPORT), List.of("sub"), "thesis");
        LayoutInput input = LayoutInput.of(map, LayoutAssertions.SIZES);
        assertFalse(input.isTreeShaped());
        assertEquals(1, input.sharedPremiseCount());
    }
}
