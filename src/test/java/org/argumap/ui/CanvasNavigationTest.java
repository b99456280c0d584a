package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ZoomEvent;
import org.argumap.layout.Rect;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Pan, zoom and fit, with the mouse, the wheel and the keys, as a user does them. */
class CanvasNavigationTest extends CanvasTestBase {
    private static final String MAIN_CLAIM = "s1";

    @Test
    void draggingTheBackgroundPansTheView(FxRobot robot) {
        Point2D before = screenCentreOf(MAIN_CLAIM);
        robot.drag(emptySpot(), MouseButton.PRIMARY).moveBy(70, 45).drop();
        Point2D after = screenCentreOf(MAIN_CLAIM);
        assertEquals(before.getX() + 70, after.getX(), 2);
        assertEquals(before.getY() + 45, after.getY(), 2);
        assertTrue(selectedIds().isEmpty(), "panning selects nothing");
    }

    @Test
    void theWheelPansUpAndDownAndShiftWheelSideways(FxRobot robot) {
        robot.moveTo(emptySpot());
        Point2D before = screenCentreOf(MAIN_CLAIM);
        double fitted = zoom();
        robot.scroll(3, VerticalDirection.DOWN);
        Point2D afterDown = screenCentreOf(MAIN_CLAIM);
        assertEquals(before.getX(), afterDown.getX(), 0.5, "a vertical scroll does not move sideways");
        assertTrue(Math.abs(afterDown.getY() - before.getY()) > 20, "the wheel pans: " + before + " → " + afterDown);

        // Monocle's robot has no sideways wheel; Shift + wheel is the mouse user's way anyway.
        robot.press(KeyCode.SHIFT);
        try {
            robot.scroll(2, VerticalDirection.DOWN);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        Point2D afterRight = screenCentreOf(MAIN_CLAIM);
        assertTrue(Math.abs(afterRight.getX() - afterDown.getX()) > 20, "Shift + wheel pans sideways");
        assertEquals(afterDown.getY(), afterRight.getY(), 0.5);
        assertEquals(fitted, zoom(), 1e-9, "scrolling does not zoom");
    }

    @Test
    void controlWheelZoomsAroundThePointer(FxRobot robot) {
        Point2D box = screenCentreOf("s9");
        Point2D target = new Point2D(box.getX() + 23, box.getY() + 17);
        robot.moveTo(target);
        Point2D mapBefore = onFx(() -> canvas().navigation().mapPointAt(target));
        double zoomBefore = zoom();

        robot.press(KeyCode.CONTROL);
        try {
            robot.scroll(5, VerticalDirection.UP);
        } finally {
            robot.release(KeyCode.CONTROL);
        }

        double zoomAfter = zoom();
        assertTrue(Math.abs(zoomAfter - zoomBefore) > 0.05, "Ctrl+wheel zooms: " + zoomBefore + " → " + zoomAfter);
        Point2D mapAfter = onFx(() -> canvas().navigation().mapPointAt(target));
        assertEquals(mapBefore.getX(), mapAfter.getX(), 2, "the map point under the pointer stays put");
        assertEquals(mapBefore.getY(), mapAfter.getY(), 2, "the map point under the pointer stays put");
    }

    @Test
    void aPinchZoomsAroundItsCentre(FxRobot robot) {
        // No robot pinches; the touchpad's event is delivered as the toolkit would deliver it.
        Point2D local = new Point2D(400, 300);
        Point2D screen = onFx(() -> canvas().localToScreen(local));
        Point2D mapBefore = onFx(() -> canvas().navigation().mapPointAt(screen));
        Point2D scene = onFx(() -> canvas().localToScene(local));
        double zoomBefore = zoom();
        onFx(() -> Event.fireEvent(canvas(), new ZoomEvent(ZoomEvent.ZOOM, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, false, false, false, false, false, 1.6, 1.6, null)));
        assertEquals(zoomBefore * 1.6, zoom(), 1e-6);
        Point2D mapAfter = onFx(() -> canvas().navigation().mapPointAt(screen));
        assertEquals(mapBefore.getX(), mapAfter.getX(), 0.01);
        assertEquals(mapBefore.getY(), mapAfter.getY(), 0.01);
    }

    @Test
    void fitShowsTheWholeMapAfterZoomingAndPanning(FxRobot robot) {
        double fitted = zoom();
        robot.clickOn(emptySpot());
        robot.type(KeyCode.EQUALS, 4);
        robot.drag(emptySpot(), MouseButton.PRIMARY).moveBy(300, 200).drop();
        assertTrue(zoom() > fitted * 2, "zoomed in with +");
        assertFalse(allInView(), "part of the map is out of view");

        robot.type(KeyCode.DIGIT0);

        assertTrue(allInView(), "0 fits the map");
        assertEquals(fitted, zoom(), 1e-9);

        robot.type(KeyCode.MINUS, 2);
        assertTrue(zoom() < 0.4, "− zooms out");
        choose(robot, "View", "Fit Map");
        assertTrue(allInView());
    }

    @Test
    void keyboardPansAStepAndAPage(FxRobot robot) {
        robot.clickOn(emptySpot());
        Point2D before = screenCentreOf(MAIN_CLAIM);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        Point2D afterStep = screenCentreOf(MAIN_CLAIM);
        assertEquals(before.getX() - 80, afterStep.getX(), 1, "Ctrl+Right shows more of the right: the map moves left");

        robot.type(KeyCode.PAGE_DOWN);
        Point2D afterPage = screenCentreOf(MAIN_CLAIM);
        assertTrue(afterStep.getY() - afterPage.getY() > 300, "Page Down moves a screen");
        assertEquals(afterStep.getX(), afterPage.getX(), 0.5);
    }

    @Test
    void zoomToSelectionFillsTheViewWithTheSelectedBoxes(FxRobot robot) {
        robot.clickOn(screenCentreOf("s10"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertTrue(zoom() > 1, "one box is shown large: " + zoom());
        assertFullyInView("s10");
        Point2D centre = screenCentreOf("s10");
        Bounds view = canvasOnScreen();
        assertEquals(view.getCenterX(), centre.getX(), 2);
        assertEquals(view.getCenterY(), centre.getY(), 2);
    }

    private boolean allInView() {
        Rect bounds = onFx(() -> canvas().geometry().bounds());
        Rect visible = onFx(() -> canvas().navigation().visibleMapArea());
        return bounds.x() >= visible.x() && bounds.y() >= visible.y() && bounds.maxX() <= visible.maxX()
                && bounds.maxY() <= visible.maxY();
    }
}
