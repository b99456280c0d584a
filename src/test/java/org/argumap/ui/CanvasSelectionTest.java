package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.argumap.layout.Rect;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Selecting boxes by click, Shift-click and rubber band, by branch and all at once; moving a selection. */
class CanvasSelectionTest extends CanvasTestBase {

    @Test
    void aClickSelectsOneBoxAndShiftClickAddsAndRemoves(FxRobot robot) {
        robot.clickOn(screenCentreOf("s2"));
        assertEquals(List.of("s2"), selectedIds());
        assertEquals("Selected: Stark asymmetry", statusSelection(robot));

        robot.press(KeyCode.SHIFT).clickOn(screenCentreOf("s7")).release(KeyCode.SHIFT);
        assertEquals(List.of("s2", "s7"), selectedIds());
        assertEquals("2 selected", statusSelection(robot));

        robot.clickOn(screenCentreOf("s9"));
        assertEquals(List.of("s9"), selectedIds(), "a plain click selects that box alone");

        robot.press(KeyCode.CONTROL).clickOn(screenCentreOf("s7")).clickOn(screenCentreOf("s9")).release(KeyCode.CONTROL);
        assertEquals(List.of("s7"), selectedIds(), "Ctrl-click toggles too");

        robot.clickOn(emptySpot());
        assertTrue(selectedIds().isEmpty(), "a click on the background selects nothing");
        assertFalse(document().isDirty(), "selecting is not editing");
    }

    @Test
    void aShiftDragOnTheBackgroundSelectsTheBoxesInsideTheBand(FxRobot robot) {
        Rect both = rectOf("s3").union(rectOf("s4"));
        Point2D from = screenPointOf(both.x() - 12, both.y() - 12);
        Point2D to = screenPointOf(both.maxX() + 12, both.maxY() + 12);
        Point2D mainClaim = screenCentreOf("s1");

        robot.press(KeyCode.SHIFT);
        try {
            robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        } finally {
            robot.release(KeyCode.SHIFT);
        }

        assertEquals(Set.of("s3", "s4"), Set.copyOf(selectedIds()));
        assertEquals(mainClaim, screenCentreOf("s1"), "the band does not pan");
        assertFalse(document().isDirty());
    }

    @Test
    void selectBranchSelectAllAndEscape(FxRobot robot) {
        robot.clickOn(screenCentreOf("s2"));
        robot.push(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN));
        assertEquals(Set.of("s2", "s3", "s4", "e1", "s5", "e2", "s6"), Set.copyOf(selectedIds()));

        robot.type(KeyCode.ESCAPE);
        assertTrue(selectedIds().isEmpty());

        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        assertEquals(map().statements().size(), selectedIds().size());
    }

    @Test
    void draggingOneOfSeveralSelectedBoxesMovesThemAllInOneStep(FxRobot robot) {
        robot.clickOn(screenCentreOf("s10"));
        robot.press(KeyCode.SHIFT).clickOn(screenCentreOf("s16")).release(KeyCode.SHIFT);
        Rect s10 = rectOf("s10");
        Rect s16 = rectOf("s16");
        Rect e3 = rectOf("e3");

        // With Alt the boxes go exactly where they are dropped, rather than snap into line with others.
        robot.press(KeyCode.ALT);
        try {
            robot.drag(screenCentreOf("s16"), MouseButton.PRIMARY).moveBy(-40, 60).drop();
        } finally {
            robot.release(KeyCode.ALT);
        }
        awaitGlide();

        double dx = -40 / zoom();
        double dy = 60 / zoom();
        assertMovedBy(s10, rectOf("s10"), dx, dy);
        assertMovedBy(s16, rectOf("s16"), dx, dy);
        assertMovedBy(e3, rectOf("e3"), dx, dy);
        Statement evidence = map().statement("e3");
        assertEquals(null, evidence.position(), "the evidence below moved with its claim, laid out, not placed");
        assertEquals(1, document().history().undoCount());
        assertEquals("Undo Move 2 Boxes", onFx(() -> window.documents().document().history().undoDescription()
                .map(d -> "Undo " + d).orElse("")));
        assertEquals(List.of("s10", "s16"), selectedIds(), "the selection stays");
    }

    private static void assertMovedBy(Rect before, Rect after, double dx, double dy) {
        assertEquals(before.x() + dx, after.x(), 3);
        assertEquals(before.y() + dy, after.y(), 3);
    }

    private String statusSelection(FxRobot robot) {
        Label label = robot.lookup("#status-selection").queryAs(Label.class);
        return onFx(label::getText);
    }
}
