package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.argumap.layout.Rect;
import org.argumap.ui.canvas.Minimap;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The minimap shows while part of the map is out of view; a click in it moves the view there. */
class MinimapTest extends CanvasTestBase {

    @Test
    void showsOnlyWhileTheMapDoesNotFitAndAClickMovesTheView(FxRobot robot) {
        Minimap minimap = canvas().minimap();
        assertFalse(onFx(minimap::isVisible), "the whole map is in view: no minimap");

        robot.clickOn(emptySpot());
        robot.type(KeyCode.EQUALS, 5);
        assertTrue(onFx(minimap::isVisible), "zoomed in, the minimap shows");

        Bounds box = onFx(() -> minimap.localToScreen(minimap.getLayoutBounds()));
        // Whole pixels: the pointer lands on one, and a pixel of the minimap is many of the map.
        Point2D target = new Point2D(Math.round(box.getMinX() + box.getWidth() * 0.2),
                Math.round(box.getMinY() + box.getHeight() * 0.7));
        double expectedX = onFx(() -> minimap.toMapX(minimap.screenToLocal(target).getX()));
        double expectedY = onFx(() -> minimap.toMapY(minimap.screenToLocal(target).getY()));
        double zoom = zoom();

        robot.clickOn(target);

        Rect visible = onFx(() -> canvas().navigation().visibleMapArea());
        assertEquals(expectedX, visible.centreX(), 2 / zoom, "the view is centred where the minimap was clicked");
        assertEquals(expectedY, visible.centreY(), 2 / zoom);
        assertEquals(zoom, zoom(), 1e-9, "at the same zoom");
        assertTrue(selectedIds().isEmpty(), "a click on the minimap selects nothing");
    }

    @Test
    void canBeSwitchedOff(FxRobot robot) {
        robot.clickOn(emptySpot());
        robot.type(KeyCode.EQUALS, 5);
        Minimap minimap = canvas().minimap();
        assertTrue(onFx(minimap::isVisible));
        choose(robot, "View", "Minimap");
        assertFalse(onFx(minimap::isVisible));
        assertFalse(onFx(() -> canvas().minimapEnabledProperty().get()));
    }
}
