package org.argumap.layout;

import static org.argumap.layout.LayoutAssertions.SIZES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every layout honours collapsed branches: hidden nodes get no place, and the rest close up. */
class CollapsedLayoutTest {
    private final ArgumentMap map = new ArgumentMap();

    static Stream<MapLayout> layouts() {
        return Stream.of(new TreeLayout(), new ElkLayeredLayout(), new AutoLayout());
    }

    @BeforeEach
    void debate() {
        for (String id : List.of("thesis", "reason", "sub1", "sub2", "sub3", "objection", "undercutter", "shared", "rebuttal")) {
            map.addStatement(id, StatementContent.claim(id));
        }
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "thesis");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT), List.of("sub1", "sub2"), "reason");
        map.addInference("i7", InferenceContent.of(InferenceType.SUPPORT), List.of("sub3"), "reason");
        map.addInference("i3", InferenceContent.of(InferenceType.ATTACK), List.of("objection"), "thesis");
        map.addInference("i4", InferenceContent.of(InferenceType.ATTACK), List.of("undercutter"), "i2");
        map.addInference("i5", InferenceContent.of(InferenceType.SUPPORT), List.of("shared"), "reason");
        map.addInference("i6", InferenceContent.of(InferenceType.SUPPORT), List.of("shared"), "objection");
        map.addInference("i8", InferenceContent.of(InferenceType.ATTACK), List.of("rebuttal"), "objection");
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void hiddenNodesGetNoRectangleAndTheRestNoOverlap(MapLayout layout) {
        Collapsing collapsing = Collapsing.of(map, Set.of("reason"));

        MapGeometry g = layout.layout(map, SIZES, collapsing);

        LayoutAssertions.assertLaidOutExactlyTheVisible(map, collapsing, g);
        assertTrue(g.rects().containsKey("shared"), "still reached through the objection");
        LayoutAssertions.assertNoStatementsOverlap(map, g);
        LayoutAssertions.assertClaimsAboveTheirReasons(map, g);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aCollapsedBranchTakesNoRoom(MapLayout layout) {
        MapGeometry open = layout.layout(map, SIZES);
        MapGeometry closed = layout.layout(map, SIZES, Collapsing.of(map, Set.of("reason")));

        assertTrue(closed.bounds().width() < open.bounds().width(), "the reason's three premises no longer widen the map");
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void collapsingTheTopLeavesOneBox(MapLayout layout) {
        MapGeometry g = layout.layout(map, SIZES, Collapsing.of(map, Set.of("thesis")));
        assertEquals(Set.of("thesis"), g.rects().keySet());
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void aPlacedBoxKeepsItsPlaceWhenItsNeighbourCollapses(MapLayout layout) {
        map.moveTo("objection", new Position(900, 700));
        Collapsing collapsing = Collapsing.of(map, Set.of("reason"));

        MapGeometry g = layout.layout(map, SIZES, collapsing);

        LayoutAssertions.assertPlacedBoxesStay(map, g);
        LayoutAssertions.assertLaidOutExactlyTheVisible(map, collapsing, g);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void theTwoArgumentMethodCollapsesNothing(MapLayout layout) {
        assertEquals(layout.layout(map, SIZES, Collapsing.none()).rects(), layout.layout(map, SIZES).rects());
        assertEquals(map.size(), layout.layout(map, SIZES).rects().size());
    }
}
