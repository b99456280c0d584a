package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapInfo;
import org.argumap.model.MapInvariantException;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class MapCommandsTest {
    private final ArgumentMap map = new ArgumentMap();
    private final CommandHistory history = new CommandHistory();

    @Test
    void aDragOfManyStepsUndoesToTheLayoutPosition() {
        map.addStatement("s1", StatementContent.claim("Claim"));
        Object drag = new Object();
        for (int i = 1; i <= 30; i++) {
            history.execute(new MoveBoxCommand(map, "s1", new Position(i, 2 * i), drag));
        }
        assertEquals(new Position(30, 60), map.node("s1").position());
        assertEquals(1, history.undoCount());
        assertEquals("Move Box", history.undoDescription().orElseThrow());

        history.undo();
        assertNull(map.node("s1").position(), "back to the automatic layout");
        history.redo();
        assertEquals(new Position(30, 60), map.node("s1").position());
    }

    @Test
    void twoDragsOfOneBoxAreTwoSteps() {
        map.addStatement("s1", StatementContent.claim("Claim"));
        history.execute(new MoveBoxCommand(map, "s1", new Position(1, 1), new Object()));
        history.execute(new MoveBoxCommand(map, "s1", new Position(2, 2), new Object()));
        history.undo();
        assertEquals(new Position(1, 1), map.node("s1").position());
    }

    @Test
    void movesOfDifferentBoxesInOneGestureStaySeparate() {
        map.addStatement("s1", StatementContent.claim("A"));
        map.addStatement("s2", StatementContent.claim("B"));
        Object drag = new Object();
        history.execute(new MoveBoxCommand(map, "s1", new Position(1, 1), drag));
        history.execute(new MoveBoxCommand(map, "s2", new Position(2, 2), drag));
        assertEquals(2, history.undoCount());
    }

    @Test
    void mapInfoChangesAndComesBack() {
        MapInfo before = MapInfo.EMPTY.withTitle("Old");
        map.setInfo(before);
        MapInfo after = before.withTitle("New").withAuthors(List.of("Ana", "Bo")).withSourceUrl("https://x.org");
        history.execute(new ChangeMapInfoCommand(map, after));
        assertEquals(after, map.info());
        assertEquals("Change Map Properties", history.undoDescription().orElseThrow());
        history.undo();
        assertEquals(before, map.info());
        history.redo();
        assertEquals(after, map.info());
    }

    @Test
    void aCompositeIsOneStepAndUndoesInReverse() {
        map.addStatement("s1", StatementContent.claim("A"));
        List<MapEvent> events = new ArrayList<>();
        map.addListener(events::add);
        history.execute(new CompositeCommand("Arrange", List.of(
                new MoveBoxCommand(map, "s1", new Position(1, 1)),
                new MoveBoxCommand(map, "s1", new Position(2, 2)))));
        assertEquals(1, history.undoCount());
        history.undo();
        assertNull(map.node("s1").position());
        MapEvent.NodeMoved last = (MapEvent.NodeMoved) events.get(events.size() - 1);
        assertEquals(new Position(1, 1), last.oldPosition(), "the second move is undone first");
    }

    @Test
    void aFailingCompositeLeavesTheMapAsItWas() {
        map.addStatement("s1", StatementContent.claim("A"));
        CompositeCommand broken = new CompositeCommand("Broken", List.of(
                new MoveBoxCommand(map, "s1", new Position(5, 5)),
                new MoveBoxCommand(map, "nowhere", new Position(1, 1))));
        assertThrows(MapInvariantException.class, () -> history.execute(broken));
        assertNull(map.node("s1").position());
        assertFalse(history.canUndo());
        assertFalse(history.isDirty());
    }

    @Test
    void movingMakesTheMapDirtyAndUndoingCleansIt() {
        map.addStatement("s1", StatementContent.claim("A"));
        history.execute(new MoveBoxCommand(map, "s1", new Position(3, 4)));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty());
    }
}
