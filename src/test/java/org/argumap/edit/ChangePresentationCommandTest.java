package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Presentation;
import org.junit.jupiter.api.Test;

/** Each change to the presentation order is one named undo step; deleting a box takes it out of its step, undoably. */
class ChangePresentationCommandTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();

    private static Presentation order(String notes, List<List<String>> steps) {
        return new Presentation(steps.stream().map(ids -> new Presentation.Step(ids, notes)).toList());
    }

    @Test
    void aChangeIsOneNamedStepThatUndoesAndRedoes() {
        Presentation first = order("", List.of(List.of("s1"), List.of("s2")));
        history.execute(new ChangePresentationCommand(map, first, ChangePresentationCommand.ADD_STEP));
        Presentation moved = first.withStepMoved(1, 0).withNotes(0, "Start with the reason.");
        history.execute(new ChangePresentationCommand(map, moved, ChangePresentationCommand.MOVE_STEP));
        assertEquals("Move Presentation Step", history.undoDescription().orElseThrow());
        assertTrue(history.isDirty());

        history.undo();
        assertEquals(first, map.presentation());
        history.undo();
        assertEquals(Presentation.NONE, map.presentation());
        history.redo();
        history.redo();
        assertEquals(moved, map.presentation());
    }

    @Test
    void deletingARevealedBoxTakesItFromItsStepAndUndoPutsItBack() {
        Presentation steps = order("notes", List.of(List.of("s1"), List.of("s3")));
        history.execute(new ChangePresentationCommand(map, steps, ChangePresentationCommand.ADD_STEP));
        history.execute(new DeleteCommand(map, List.of("s3")));
        assertEquals(order("notes", List.of(List.of("s1"))), map.presentation());
        history.undo();
        assertEquals(steps, map.presentation());
    }

    @Test
    void aStepRevealingWhatIsNotABoxIsRefused() {
        assertThrows(EditRefusedException.class, () -> new ChangePresentationCommand(map,
                order("", List.of(List.of("no such box"))), ChangePresentationCommand.ADD_STEP));
    }
}
