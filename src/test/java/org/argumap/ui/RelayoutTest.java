package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import org.argumap.layout.Rect;
import org.argumap.model.Position;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Re-layout gives placed boxes back to the layout, for a branch or the map; elsewhere they keep their place. */
class RelayoutTest extends CanvasTestBase {
    private static final KeyCodeCombination RELAYOUT_BRANCH =
            new KeyCodeCombination(KeyCode.L, KeyCombination.ALT_DOWN, KeyCombination.SHORTCUT_DOWN);

    @Test
    void aMovedBoxKeepsItsPlaceWhenAnotherBranchIsLaidOutAgain(FxRobot robot) {
        Rect auto = rectOf("s10");
        robot.drag(screenCentreOf("s10"), MouseButton.PRIMARY).moveBy(50, 70).drop();
        awaitGlide();
        Position placed = map().statement("s10").position();
        assertNotNull(placed);
        Rect moved = rectOf("s10");

        // Another branch: "Cracks in the alliance", whose own evidence was placed too.
        robot.drag(screenCentreOf("e3"), MouseButton.PRIMARY).moveBy(-30, 40).drop();
        awaitGlide();
        assertNotNull(map().statement("e3").position());
        robot.clickOn(screenCentreOf("s15"));
        robot.push(RELAYOUT_BRANCH);
        awaitGlide();

        assertNull(map().statement("e3").position(), "the re-laid-out branch is back to automatic");
        assertEquals(placed, map().statement("s10").position(), "a box elsewhere keeps its place");
        assertEquals(moved, rectOf("s10"));

        // Its own branch: "Conditional support" with "Support while it pays" below it.
        robot.clickOn(screenCentreOf("s9"));
        robot.push(RELAYOUT_BRANCH);
        awaitGlide();
        assertNull(map().statement("s10").position(), "Re-layout of its own branch gives it back to the layout");
        assertEquals(auto, rectOf("s10"));

        assertEquals("Undo Re-layout Branch", "Undo " + document().history().undoDescription().orElseThrow());
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        awaitGlide();
        assertEquals(placed, map().statement("s10").position(), "and it can be undone");
    }

    @Test
    void reLayoutOfTheMapGivesEveryBoxBack(FxRobot robot) {
        robot.drag(screenCentreOf("s10"), MouseButton.PRIMARY).moveBy(50, 70).drop();
        robot.drag(screenCentreOf("s3"), MouseButton.PRIMARY).moveBy(-20, 30).drop();
        awaitGlide();
        choose(robot, "View", "Re-layout");
        awaitGlide();
        assertNull(map().statement("s10").position());
        assertNull(map().statement("s3").position());
        assertEquals(1, document().history().undoCount() - 2, "one step for the whole re-layout");
    }
}
