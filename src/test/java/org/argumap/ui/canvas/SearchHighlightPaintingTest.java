package org.argumap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.Selection;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.argumap.render.MapPalette;
import org.argumap.render.Decorations;

/**
 * What the painter is told about a search, and what it draws: matches marked, the rest faint,
 * a collapsed box that hides a match kept bright, and nothing faint once the search ends.
 */
@ExtendWith(ApplicationExtension.class)
class SearchHighlightPaintingTest {
    private final ArgumentMap map = new ArgumentMap();
    private MapCanvas view;

    @Start
    void start(Stage stage) {
        map.addStatement("top", StatementContent.claim("Top"));
        map.addStatement("found", StatementContent.claim("Found"));
        map.addStatement("other", StatementContent.claim("Other"));
        map.addStatement("deep", StatementContent.claim("Deep"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("found"), "top");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("other"), "top");
        map.addInference("i3", InferenceContent.of(InferenceType.SUPPORT), List.of("deep"), "other");
        view = new MapCanvas();
        view.show(map, new CommandHistory(), new Selection());
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @Test
    void matchesAreMarkedAndTheRestDimmedUntilTheSearchEnds() {
        onFx(() -> view.setHighlights(Highlights.of(Set.of("found", "deep"), "found")));
        Decorations decorations = onFx(() -> view.decorations());

        assertTrue(onFx(() -> decorations.isMatch("found")));
        assertTrue(onFx(() -> decorations.isCurrentMatch("found")));
        assertTrue(onFx(() -> decorations.isMatch("deep")));
        assertFalse(onFx(() -> decorations.isCurrentMatch("deep")));
        assertTrue(onFx(() -> decorations.isDimmed("top")));
        assertTrue(onFx(() -> decorations.isDimmed("other")));
        assertFalse(onFx(() -> decorations.isDimmed("found")));

        onFx(() -> view.setHighlights(Highlights.NONE));
        for (String id : List.of("top", "found", "other", "deep")) {
            assertFalse(onFx(() -> decorations.isDimmed(id) || decorations.isMatch(id)), id);
        }
    }

    @Test
    void aCollapsedBoxThatHidesAMatchStaysBright() {
        onFx(() -> view.folding().toggle("other"));
        onFx(() -> view.setHighlights(Highlights.of(Set.of("deep"), null)));
        Decorations decorations = onFx(() -> view.decorations());
        assertEquals(null, onFx(() -> view.geometry().rectOf("deep")), "deep is folded away");

        assertFalse(onFx(() -> decorations.isDimmed("other")), "it hides the match");
        assertTrue(onFx(() -> decorations.isDimmed("top")));
        assertTrue(onFx(() -> decorations.isDimmed("found")));
    }

    @Test
    void aDimmedBoxIsDrawnFaintAndAMatchFullStrengthWithAMarkerBand() {
        onFx(() -> view.navigation().fitMap());
        double foundBefore = inkOf("found");
        double otherBefore = inkOf("other");

        onFx(() -> view.setHighlights(Highlights.of(Set.of("found"), null)));

        assertEquals(foundBefore, inkOf("found"), 1e-9, "a match looks as before inside");
        double otherAfter = inkOf("other");
        assertTrue(otherAfter < otherBefore * 0.5,
                "a dimmed box fades towards the background: its ink went from " + otherBefore + " to " + otherAfter);
        assertTrue(distance(pixelBeside("found"), FxColours.of(MapPalette.LIGHT.match())) < 0.05, "the match has a yellow band around it");
        assertTrue(distance(pixelBeside("other"), FxColours.of(MapPalette.LIGHT.match())) > 0.3, "a box left out has none");
    }

    /**
     * How far the box's pixels are from the background on average (inset a little, so the rings
     * around a box do not count): outline, tint, text and icons all add to it.
     */
    private double inkOf(String id) {
        return onFx(() -> {
            WritableImage image = snapshot();
            Rect box = onScreen(id);
            double sum = 0;
            int count = 0;
            for (int x = (int) box.x() + 3; x < box.maxX() - 3; x++) {
                for (int y = (int) box.y() + 3; y < box.maxY() - 3; y++) {
                    sum += distance(image.getPixelReader().getColor(x, y), FxColours.of(MapPalette.LIGHT.background()));
                    count++;
                }
            }
            return sum / count;
        });
    }

    /** A point just left of the box, where a marker band goes. */
    private Color pixelBeside(String id) {
        return onFx(() -> {
            Rect box = onScreen(id);
            return snapshot().getPixelReader().getColor((int) Math.round(box.x() - 4), (int) Math.round(box.centreY()));
        });
    }

    /** The box in the canvas's pixels. */
    private Rect onScreen(String id) {
        Rect box = view.geometry().rectOf(id);
        double zoom = view.zoomProperty().get();
        javafx.geometry.Point2D origin = view.navigation().mapPointAt(view.localToScreen(0, 0));
        return new Rect((box.x() - origin.getX()) * zoom, (box.y() - origin.getY()) * zoom, box.width() * zoom,
                box.height() * zoom);
    }

    private WritableImage snapshot() {
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        return canvas.snapshot(null, null);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    private static <T> T onFx(Callable<T> query) {
        WaitForAsyncUtils.waitForFxEvents();
        T value = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(query));
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    private static void onFx(Runnable action) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(action));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
