package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapEvent;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelayoutCommandTest {
    private final ArgumentMap map = new ArgumentMap();
    private final CommandHistory history = new CommandHistory();

    /** thesis ← reason ← (sub1 + sub2, undercut by undercutter); thesis ← objection; everything placed. */
    @BeforeEach
    void placedDebate() {
        for (String id : List.of("thesis", "reason", "sub1", "sub2", "objection", "undercutter")) {
            map.addStatement(id, StatementContent.claim(id));
        }
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "thesis");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT), List.of("sub1", "sub2"), "reason");
        map.addInference("i3", InferenceContent.of(InferenceType.ATTACK), List.of("objection"), "thesis");
        map.addInference("i4", InferenceContent.of(InferenceType.ATTACK), List.of("undercutter"), "i2");
        int k = 0;
        for (MapNode node : map.nodes()) {
            map.moveTo(node.id(), new Position(10.5 * k, -3.25 * k++));
        }
        history.markSaved();
    }

    private Map<String, Position> positions() {
        Map<String, Position> positions = new LinkedHashMap<>();
        map.nodes().forEach(node -> positions.put(node.id(), node.position()));
        return positions;
    }

    @Test
    void reLayoutForgetsEveryPlaceAndUndoPutsEachBack() {
        Map<String, Position> before = positions();
        RelayoutCommand relayout = RelayoutCommand.all(map);
        assertTrue(relayout.changesAnything());

        history.execute(relayout);

        map.nodes().forEach(node -> assertNull(node.position(), node + " is the layout's again"));
        assertTrue(history.isDirty());
        assertEquals(Optional.of("Re-layout"), history.undoDescription());

        history.undo();
        assertEquals(before, positions(), "every box exactly where it was");
        assertFalse(history.isDirty(), "back at the save point");

        history.redo();
        map.nodes().forEach(node -> assertNull(node.position()));
        assertTrue(history.isDirty());
    }

    @Test
    void reLayoutBranchForgetsTheBranchOnly() {
        Map<String, Position> before = positions();

        history.execute(RelayoutCommand.branch(map, "reason"));

        for (String below : List.of("reason", "i2", "sub1", "sub2", "i4", "undercutter")) {
            assertNull(map.node(below).position(), below + " is in the branch");
        }
        for (String outside : List.of("thesis", "i1", "objection", "i3")) {
            assertEquals(before.get(outside), map.node(outside).position(), outside + " is not below the reason");
        }
        assertEquals(Optional.of("Re-layout Branch"), history.undoDescription());
        history.undo();
        assertEquals(before, positions());
        assertFalse(history.isDirty());
    }

    @Test
    void onlyPlacedBoxesAreTouched() {
        map.moveTo("sub1", null);
        List<MapEvent> events = new ArrayList<>();
        map.addListener(events::add);
        RelayoutCommand relayout = RelayoutCommand.branch(map, "i2");

        history.execute(relayout);

        assertEquals(List.of("i2", "sub2", "undercutter", "i4").stream().sorted().toList(),
                relayout.clearedIds().stream().sorted().toList());
        assertEquals(4, events.size(), "one move event per forgotten place, none for sub1");
        history.undo();
        assertNull(map.node("sub1").position(), "what was the layout's stays the layout's");
    }

    @Test
    void aMapWithNothingPlacedChangesNothing() {
        history.execute(RelayoutCommand.all(map));
        RelayoutCommand again = RelayoutCommand.all(map);
        assertFalse(again.changesAnything());
        assertFalse(RelayoutCommand.branch(map, "thesis").changesAnything());
    }

    @Test
    void anUnknownBranchIsRefused() {
        assertThrows(EditRefusedException.class, () -> RelayoutCommand.branch(map, "nowhere"));
    }

    @Test
    void aLongChainNeedsNoDeepStack() {
        ArgumentMap chain = new ArgumentMap();
        chain.addStatement("s0", StatementContent.claim("s0"));
        for (int i = 1; i < 50_000; i++) {
            chain.addStatement("s" + i, StatementContent.claim("s" + i));
            chain.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("s" + i), "s" + (i - 1));
            chain.moveTo("s" + i, new Position(i, i));
        }
        RelayoutCommand relayout = RelayoutCommand.branch(chain, "s1");
        relayout.execute();
        assertEquals(49_999, relayout.clearedIds().size());
    }
}
