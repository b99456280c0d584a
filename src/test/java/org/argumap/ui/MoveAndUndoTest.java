package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.argumap.layout.Rect;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

class MoveAndUndoTest extends MainWindowTestBase {

    private Statement aReason() {
        return map().statements().get(1);
    }

    @Test
    void draggingABoxMakesTheMapDirtyAndUndoCleansIt(FxRobot robot) {
        Statement box = aReason();
        Rect before = onFx(() -> window.canvas().geometry().rectOf(box.id()));
        Point2D centre = screenCentreOf(box.id());

        robot.drag(centre, MouseButton.PRIMARY).moveBy(60, 40).drop();

        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK), "dirty after the drag: " + title());
        assertNotNull(box.position(), "the box keeps its new place");
        Rect after = onFx(() -> window.canvas().geometry().rectOf(box.id()));
        assertTrue(after.centreX() > before.centreX() && after.centreY() > before.centreY(), "moved right and down");
        assertEquals(1, document().history().undoCount(), "the whole drag is one step");

        choose(robot, "Edit", "Undo Move Box");

        assertEquals(DEMO_NAME + " — Argumap", title());
        assertNull(box.position(), "back to the automatic layout");
        assertEquals(before, onFx(() -> window.canvas().geometry().rectOf(box.id())));

        robot.push(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        onFx(() -> { });
        assertNotNull(box.position(), "Ctrl+Y redoes the move");
        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK));

        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        onFx(() -> { });
        assertNull(box.position(), "Ctrl+Z undoes it again");
        assertFalse(title().startsWith(WindowTitle.DIRTY_MARK));
    }

    @Test
    void aClickWithoutMovingChangesNothing(FxRobot robot) {
        Statement box = aReason();
        robot.clickOn(screenCentreOf(box.id()));
        assertNull(box.position());
        assertFalse(document().isDirty());
    }

    @Test
    void draggingTheBackgroundPansWithoutChangingTheMap(FxRobot robot) {
        Statement box = aReason();
        Point2D before = screenCentreOf(box.id());
        Point2D empty = onFx(() -> window.canvas().localToScreen(8, 8));

        robot.drag(empty, MouseButton.PRIMARY).moveBy(50, 30).drop();

        Point2D after = screenCentreOf(box.id());
        assertEquals(before.getX() + 50, after.getX(), 2);
        assertEquals(before.getY() + 30, after.getY(), 2);
        assertFalse(document().isDirty());
    }
}
