package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.argumap.edit.Selection;
import org.argumap.layout.Rect;
import org.argumap.ui.canvas.MapCanvas;
import org.testfx.util.WaitForAsyncUtils;

/** The demo map in the main window, with ways to find boxes on the screen and wait for glides. */
abstract class CanvasTestBase extends MainWindowTestBase {

    MapCanvas canvas() {
        return window.canvas();
    }

    Selection selection() {
        return onFx(() -> document().selection());
    }

    List<String> selectedIds() {
        return onFx(() -> List.copyOf(document().selection().ids()));
    }

    Rect rectOf(String id) {
        return onFx(() -> canvas().geometry().rectOf(id));
    }

    double zoom() {
        return onFx(() -> canvas().zoomProperty().get());
    }

    /** The canvas's bounds on the screen. */
    Bounds canvasOnScreen() {
        return onFx(() -> canvas().localToScreen(canvas().getLayoutBounds()));
    }

    /** A screen point of the map at this map point. */
    Point2D screenPointOf(double mapX, double mapY) {
        return onFx(() -> {
            Point2D origin = canvas().navigation().mapPointAt(canvas().localToScreen(0, 0));
            double z = canvas().zoomProperty().get();
            return canvas().localToScreen((mapX - origin.getX()) * z, (mapY - origin.getY()) * z);
        });
    }

    /** A screen point over the background, not on any box: the top left corner of the canvas. */
    Point2D emptySpot() {
        return onFx(() -> canvas().localToScreen(8, 8));
    }

    /** Waits until boxes have glided to their places. */
    void awaitGlide() {
        for (int i = 0; i < 200 && onFx(() -> canvas().isAnimating()); i++) {
            WaitForAsyncUtils.sleep(10, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void assertFullyInView(String id) {
        Rect box = rectOf(id);
        Bounds view = canvasOnScreen();
        Point2D topLeft = screenPointOf(box.x(), box.y());
        Point2D bottomRight = screenPointOf(box.maxX(), box.maxY());
        assertTrue(view.contains(topLeft) && view.contains(bottomRight), id + " should be in view");
    }
}
