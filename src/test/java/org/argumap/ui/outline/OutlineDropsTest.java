package org.argumap.ui.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.MapStructure;
import org.argumap.edit.SampleDebate;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.StatementContent;
import org.argumap.ui.outline.OutlineDrops.Zone;
import org.junit.jupiter.api.Test;

/** What a drop does, by where it lands (see {@link SampleDebate}). */
class OutlineDropsTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();

    @Test
    void theEdgesOfASiblingReorderAndItsMiddleMovesUnder() {
        OutlineEntry s2 = OutlineEntry.statement("s2", "i1");
        OutlineEntry s3 = OutlineEntry.statement("s3", "i2");
        assertEquals(Zone.BEFORE, OutlineDrops.zone(map, s3, s2, 0.1));
        assertEquals(Zone.ONTO, OutlineDrops.zone(map, s3, s2, 0.5));
        assertEquals(Zone.AFTER, OutlineDrops.zone(map, s3, s2, 0.9));
        assertNull(OutlineDrops.zone(map, s3, s3, 0.5), "not onto itself");
        OutlineEntry undercutter = OutlineEntry.statement("s7", "i5");
        assertEquals(Zone.ONTO, OutlineDrops.zone(map, undercutter, s2, 0.1),
                "the undercut of a step is not in the list of s1's reasons and objections, so only onto");
    }

    @Test
    void droppingBeforeASiblingMovesItUpAsOneUndoStep() {
        run(OutlineEntry.statement("s3", "i2"), OutlineEntry.statement("s2", "i1"), Zone.BEFORE);
        assertEquals(List.of("s3", "s2"), ids(MapStructure.children(map, map.statement("s1"))));
        assertEquals(1, history.undoCount());
        assertEquals("Reorder", history.undoDescription().orElseThrow());
        history.undo();
        assertEquals(List.of("s2", "s3"), ids(MapStructure.children(map, map.statement("s1"))));
    }

    @Test
    void aLineAlreadyInPlaceMakesNoCommand() {
        assertTrue(OutlineDrops.command(map, OutlineEntry.statement("s2", "i1"), OutlineEntry.statement("s3", "i2"),
                Zone.BEFORE).isEmpty());
    }

    @Test
    void mainClaimsCoPremisesAndLinkedArgumentsReorderInTheirOwnLists() {
        run(OutlineEntry.statement("s1", null), OutlineEntry.statement("s8", null), Zone.AFTER);
        assertEquals(List.of("s8", "s1"), ids(map.mainClaims()));

        run(OutlineEntry.statement("s4", "i3"), OutlineEntry.statement("s5", "i3"), Zone.AFTER);
        assertEquals(List.of("s5", "s4"), ids(map.inference("i3").premises()));

        map.addStatement("s9", StatementContent.claim("Tutoring is unequal too."));
        map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT), List.of("s9"), "s2");
        assertTrue(OutlineDrops.canDrag(map, OutlineEntry.group("i3")));
        run(OutlineEntry.group("i3"), OutlineEntry.statement("s9", "i9"), Zone.AFTER);
        assertEquals(List.of("i9", "i3"), ids(map.inferencesInto(map.statement("s2"))));
        run(OutlineEntry.group("i3"), OutlineEntry.statement("s9", "i9"), Zone.BEFORE);
        assertEquals(List.of("i3", "i9"), ids(map.inferencesInto(map.statement("s2"))));
    }

    @Test
    void droppingOntoAStatementMovesTheDraggedOneUnderIt() {
        run(OutlineEntry.statement("s6", "i4"), OutlineEntry.statement("s2", "i1"), Zone.ONTO);
        assertEquals(map.statement("s2"), MapStructure.parent(map, map.statement("s6")));
        assertEquals("Move Under", history.undoDescription().orElseThrow());
    }

    @Test
    void linesListedAgainAndLinksOfSharedCoPremisesCannotBePickedUp() {
        map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT), List.of("s4"), "s8");
        assertFalse(OutlineDrops.canDrag(map, OutlineEntry.also("s4", "i9")));
        map.addInference("i10", InferenceContent.of(InferenceType.SUPPORT), List.of("s6", "s4"), "s8");
        assertTrue(OutlineDrops.canDrag(map, OutlineEntry.group("i3")));
        assertFalse(OutlineDrops.canDrag(map, OutlineEntry.group("i10")), "its co-premises hang elsewhere");
    }

    private void run(OutlineEntry dragged, OutlineEntry target, Zone zone) {
        history.execute(OutlineDrops.command(map, dragged, target, zone).orElseThrow());
    }

    private static List<String> ids(List<? extends MapNode> nodes) {
        return nodes.stream().map(MapNode::id).toList();
    }
}
