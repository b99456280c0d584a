package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandHistoryTest {

    /** A counter standing in for the map: commands add to it, so every state is a number. */
    private final int[] value = {0};
    private final CommandHistory history = new CommandHistory();

    private class Add implements MapCommand {
        final int amount;
        final Object mergeKey;

        Add(int amount) {
            this(amount, null);
        }

        Add(int amount, Object mergeKey) {
            this.amount = amount;
            this.mergeKey = mergeKey;
        }

        @Override
        public void execute() {
            value[0] += amount;
        }

        @Override
        public void undo() {
            value[0] -= amount;
        }

        @Override
        public String description() {
            return "Add " + amount;
        }

        @Override
        public Optional<MapCommand> mergedWith(MapCommand next) {
            if (mergeKey != null && next instanceof Add add && add.mergeKey == mergeKey) {
                return Optional.of(new Add(amount + add.amount, mergeKey));
            }
            return Optional.empty();
        }
    }

    @Test
    void undoAndRedoWalkThroughTheStates() {
        history.execute(new Add(1));
        history.execute(new Add(10));
        assertEquals(11, value[0]);
        assertEquals(Optional.of("Add 10"), history.undoDescription());

        history.undo();
        assertEquals(1, value[0]);
        assertEquals(Optional.of("Add 10"), history.redoDescription());
        history.undo();
        assertEquals(0, value[0]);
        assertFalse(history.canUndo());

        history.redo();
        history.redo();
        assertEquals(11, value[0]);
        assertFalse(history.canRedo());
    }

    @Test
    void aNewCommandClearsTheRedoSteps() {
        history.execute(new Add(1));
        history.execute(new Add(10));
        history.undo();
        history.execute(new Add(100));
        assertFalse(history.canRedo());
        assertEquals(101, value[0]);
        history.undo();
        history.undo();
        assertEquals(0, value[0]);
    }

    @Test
    void dirtyFollowsTheSavePoint() {
        assertFalse(history.isDirty(), "a fresh history is clean");
        history.execute(new Add(1));
        assertTrue(history.isDirty());
        history.markSaved();
        assertFalse(history.isDirty());

        history.execute(new Add(2));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty(), "undoing back to the save point clears dirty");
        history.undo();
        assertTrue(history.isDirty(), "undoing past the save point makes it dirty again");
        history.redo();
        assertFalse(history.isDirty(), "redoing up to the save point is clean again");
    }

    @Test
    void theSavePointIsLostWhenItsRedoStepIsDiscarded() {
        history.execute(new Add(1));
        history.markSaved();
        history.undo();
        history.execute(new Add(5));
        assertTrue(history.isDirty());
        history.undo();
        assertTrue(history.isDirty(), "the saved state (1) can no longer be reached; the counter is 0");
        assertEquals(0, value[0]);
    }

    @Test
    void consecutiveMergeableCommandsBecomeOneStep() {
        Object drag = new Object();
        history.execute(new Add(1, drag));
        history.execute(new Add(2, drag));
        history.execute(new Add(3, drag));
        assertEquals(1, history.undoCount());
        assertEquals(6, value[0]);
        history.undo();
        assertEquals(0, value[0]);
        history.redo();
        assertEquals(6, value[0]);
    }

    @Test
    void commandsOfAnotherGestureDoNotMerge() {
        history.execute(new Add(1, new Object()));
        history.execute(new Add(2, new Object()));
        assertEquals(2, history.undoCount());
    }

    @Test
    void noMergeAfterAnUndoOrIntoTheSavedStep() {
        Object drag = new Object();
        history.execute(new Add(1, drag));
        history.execute(new Add(2, drag));
        history.undo();
        history.execute(new Add(4, drag));
        assertEquals(1, history.undoCount(), "the merged step was undone, so this one stands alone");

        history.markSaved();
        history.execute(new Add(8, drag));
        assertEquals(2, history.undoCount(), "merging would hide the save point inside a step");
        history.undo();
        assertFalse(history.isDirty());
        assertEquals(4, value[0]);
    }

    @Test
    void aFailingCommandLeavesTheHistoryUnchanged() {
        history.execute(new Add(1));
        MapCommand failing = new Add(0) {
            @Override
            public void execute() {
                throw new IllegalArgumentException("no");
            }
        };
        assertThrows(IllegalArgumentException.class, () -> history.execute(failing));
        assertEquals(1, history.undoCount());
        assertEquals(Optional.of("Add 1"), history.undoDescription());
        assertFalse(history.isBusy());
    }

    @Test
    void aCommandCannotRunAnotherCommand() {
        MapCommand reentrant = new Add(1) {
            @Override
            public void execute() {
                history.execute(new Add(1));
            }
        };
        assertThrows(IllegalStateException.class, () -> history.execute(reentrant));
        assertEquals(0, history.undoCount());
        history.execute(new Add(1));
        assertEquals(1, value[0], "the guard is released after the failure");
    }

    @Test
    void listenersHearEveryChangeAndMaySeeTheNewState() {
        List<String> heard = new ArrayList<>();
        history.addListener(h -> heard.add(h.undoCount() + "/" + h.isDirty()));
        history.execute(new Add(1));
        history.markSaved();
        history.undo();
        history.redo();
        history.clear();
        assertEquals(List.of("1/true", "1/false", "0/true", "1/false", "0/false"), heard);
    }

    @Test
    void theOldestStepsAreForgottenBeyondTheLimit() {
        CommandHistory short3 = new CommandHistory(3);
        short3.markSaved();
        for (int i = 0; i < 5; i++) {
            short3.execute(new Add(1));
        }
        assertEquals(3, short3.undoCount());
        short3.undo();
        short3.undo();
        short3.undo();
        assertFalse(short3.canUndo());
        assertTrue(short3.isDirty(), "the saved state fell off the end of the history");
        assertEquals(2, value[0]);
    }

    @Test
    void undoWithNothingToUndoIsAnError() {
        assertThrows(IllegalStateException.class, history::undo);
        assertThrows(IllegalStateException.class, history::redo);
    }
}
