package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.argumap.layout.Rect;
import org.argumap.model.Statement;
import org.argumap.ui.canvas.Minimap;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 13, item 4: the minimap keeps out of the way of the boxes. Wherever the user moves the
 * view (here by clicking about in the minimap itself), it stands in a corner with no box under it
 * when there is one; where boxes lie under it in every corner, they show through it until the
 * pointer comes to use it.
 */
class MinimapKeepsClearTest extends CanvasTestBase {

    @Test
    void standsInACornerFreeOfBoxesWhereThereIsOne(FxRobot robot) {
        robot.clickOn(emptySpot());
        robot.type(KeyCode.EQUALS, 4);
        Minimap minimap = canvas().minimap();
        assertTrue(onFx(minimap::isVisible), "zoomed in, the minimap shows");

        int movedAway = 0;
        int crowdedEverywhere = 0;
        for (double across : new double[] {0.1, 0.3, 0.5, 0.7, 0.9}) {
            for (double down : new double[] {0.25, 0.5, 0.75}) {
                Bounds box = onFx(() -> minimap.localToScreen(minimap.getLayoutBounds()));
                robot.clickOn(new Point2D(Math.round(box.getMinX() + box.getWidth() * across),
                        Math.round(box.getMinY() + box.getHeight() * down)));
                robot.moveTo(emptySpot());
                if (!onFx(minimap::isVisible)) {
                    continue;
                }
                Bounds at = onFx(minimap::getBoundsInParent);
                List<Rect> corners = onFx(() -> cornersFor(at.getWidth(), at.getHeight()));
                int under = boxesUnder(new Rect(at.getMinX(), at.getMinY(), at.getWidth(), at.getHeight()));
                boolean someCornerFree = corners.stream().anyMatch(c -> boxesUnder(c) == 0);
                if (someCornerFree) {
                    assertEquals(0, under, "the minimap stands over boxes though a corner is free, at " + at);
                    assertEquals(1, onFx(minimap::getOpacity), 1e-9, "over nothing, it is solid");
                    movedAway += boxesUnder(corners.get(0)) > 0 ? 1 : 0;
                } else {
                    crowdedEverywhere++;
                    assertTrue(onFx(minimap::getOpacity) < 1, "over boxes everywhere, they show through it");
                }
            }
        }
        assertTrue(movedAway > 0, "somewhere the bottom right corner was taken and the minimap went elsewhere");
    }

    @Test
    void turnsSolidWhenThePointerComesToUseIt(FxRobot robot) {
        robot.clickOn(emptySpot());
        robot.type(KeyCode.EQUALS, 4);
        Minimap minimap = canvas().minimap();
        // Find a view with boxes in every corner: the middle of the densest stretch of the demo.
        for (double across = 0.05; across < 1 && !onFx(minimap::isCrowded); across += 0.05) {
            Bounds box = onFx(() -> minimap.localToScreen(minimap.getLayoutBounds()));
            robot.clickOn(new Point2D(Math.round(box.getMinX() + box.getWidth() * across),
                    Math.round(box.getMinY() + box.getHeight() * 0.5)));
            robot.moveTo(emptySpot());
        }
        if (!onFx(minimap::isCrowded)) {
            robot.type(KeyCode.EQUALS, 2);
        }
        assertTrue(onFx(minimap::isCrowded), "somewhere boxes lie under every corner");
        assertTrue(onFx(minimap::getOpacity) < 1, "translucent over the boxes");
        Bounds box = onFx(() -> minimap.localToScreen(minimap.getLayoutBounds()));
        robot.moveTo(new Point2D(box.getCenterX(), box.getCenterY()));
        assertEquals(1, onFx(minimap::getOpacity), 1e-9, "solid under the pointer");
        robot.moveTo(emptySpot());
        assertFalse(onFx(minimap::getOpacity) == 1, "translucent again when the pointer leaves");
    }

    /** The four places the minimap may stand, bottom right first, in the canvas's coordinates. */
    private List<Rect> cornersFor(double width, double height) {
        double margin = 12;
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        List<Rect> corners = new ArrayList<>();
        corners.add(new Rect(w - margin - width, h - margin - height, width, height));
        corners.add(new Rect(margin, h - margin - height, width, height));
        corners.add(new Rect(w - margin - width, margin, width, height));
        corners.add(new Rect(margin, margin, width, height));
        return corners;
    }

    /** How many boxes the view shows under this rectangle of the canvas. */
    private int boxesUnder(Rect area) {
        var map = map();
        return onFx(() -> {
            Point2D origin = canvas().navigation().mapPointAt(canvas().localToScreen(0, 0));
            double z = canvas().zoomProperty().get();
            int count = 0;
            for (Statement statement : map.statements()) {
                Rect box = canvas().geometry().rectOf(statement.id());
                if (box != null && new Rect((box.x() - origin.getX()) * z, (box.y() - origin.getY()) * z,
                        box.width() * z, box.height() * z).intersects(area)) {
                    count++;
                }
            }
            return count;
        });
    }
}
