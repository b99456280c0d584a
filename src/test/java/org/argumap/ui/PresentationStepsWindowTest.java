package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.argumap.model.Presentation;
import org.argumap.present.PresentationStep;
import org.argumap.present.PresentationSteps;
import org.argumap.ui.present.PresentationStepsWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View › Presentation Steps…: the teacher reorders the steps, writes notes, makes a step of boxes
 * chosen on the map and takes one out, each an undoable step; the notes show when presenting.
 */
class PresentationStepsWindowTest extends CanvasTestBase {

    private PresentationStepsWindow steps() {
        return onFx(() -> window.presentationSteps());
    }

    private List<List<String>> shown() {
        return onFx(() -> steps().steps().stream().map(PresentationStep::shows).toList());
    }

    @SuppressWarnings("unchecked")
    private ListView<PresentationStep> list(FxRobot robot) {
        return robot.lookup("#presentation-steps").queryAs(ListView.class);
    }

    private String lastUndo() {
        return onFx(() -> document().history().undoDescription().orElse(""));
    }

    @Test
    void theTeacherSetsTheOrderAndTheNotesAndUndoesThem(FxRobot robot) {
        choose(robot, "View", "Presentation Steps…");
        assertTrue(onFx(() -> steps().isShowing()));
        assertEquals(onFx(() -> PresentationSteps.of(map()).stream().map(PresentationStep::shows).toList()), shown(),
                "a map without an order of its own lists argument order");
        assertEquals(Presentation.NONE, onFx(() -> map().presentation()));

        // The second step (the first reason) moves down with Alt+Down; choosing it selected its box.
        ListView<PresentationStep> list = list(robot);
        robot.clickOn(list);
        robot.type(KeyCode.HOME, KeyCode.DOWN);
        assertEquals(List.of("s2"), selectedIds(), "choosing a step selects its boxes on the map");
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        assertEquals(List.of(List.of("s1"), List.of("s3", "s4", "e1"), List.of("s2")), shown().subList(0, 3));
        assertEquals("Move Presentation Step", lastUndo());
        assertFalse(onFx(() -> map().presentation().isEmpty()), "the order is now the teacher's, saved with the map");
        assertEquals(2, onFx(() -> list.getSelectionModel().getSelectedIndex()), "the moved step stays chosen");

        // Notes for that step, applied with Enter.
        robot.clickOn("#presentation-step-notes");
        robot.write("Ask: who benefits?");
        robot.type(KeyCode.ENTER);
        assertEquals("Ask: who benefits?", onFx(() -> map().presentation().step(2).notes()));
        assertEquals("Edit Step Notes", lastUndo());

        // Two boxes chosen on the map become one step after the chosen one; they leave their old steps.
        onFx(() -> document().selection().selectOnly(List.of("s10", "s11")));
        robot.clickOn("#add-step");
        assertEquals(List.of("s10", "s11"), shown().get(3));
        assertEquals(1, shown().stream().filter(step -> step.contains("s10")).count());
        assertEquals("Add Presentation Step", lastUndo());

        // Undo in the steps window undoes on the map's one history.
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("Edit Step Notes", lastUndo());
        assertFalse(shown().contains(List.of("s10", "s11")));

        robot.clickOn("#reset-steps");
        assertEquals(Presentation.NONE, onFx(() -> map().presentation()));
        assertEquals("Reset Presentation Order", lastUndo());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("Ask: who benefits?", onFx(() -> map().presentation().step(2).notes()));
    }

    @Test
    void theNotesShowWhilePresentingFromTheChosenStep(FxRobot robot) {
        onFx(() -> map().setPresentation(new Presentation(List.of(
                new Presentation.Step(List.of("s1"), "Open with the headline."),
                new Presentation.Step(List.of("s9"), "Money matters more than words.")))));
        choose(robot, "View", "Presentation Steps…");
        ListView<PresentationStep> list = list(robot);
        onFx(() -> list.getSelectionModel().select(1));
        robot.clickOn("Present from This Step");
        for (int i = 0; i < 100 && !onFx(() -> window.presentation().isPresenting()); i++) {
            WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
        }
        assertEquals("2 / 17", onFx(() -> window.presentation().counterText()),
                "s9 second, then the rest of the map in argument order");
        robot.type(KeyCode.N);
        assertEquals("Money matters more than words.", onFx(() -> window.presentation().notesText()));
        robot.type(KeyCode.LEFT);
        assertEquals("Open with the headline.", onFx(() -> window.presentation().notesText()));
        robot.type(KeyCode.ESCAPE);
        assertFalse(onFx(() -> window.presentation().isPresenting()));
    }
}
