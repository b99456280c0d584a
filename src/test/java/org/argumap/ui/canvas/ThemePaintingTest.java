package org.argumap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.Selection;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.render.MapPalette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a palette does to the pixels of the canvas: the dark one paints the ground dark, and the
 * projector's links are drawn thicker than the light one's, on the same map at the same zoom.
 */
@ExtendWith(ApplicationExtension.class)
class ThemePaintingTest {
    private final ArgumentMap map = new ArgumentMap();
    private MapCanvas view;

    @Start
    void start(Stage stage) {
        map.addStatement("claim", StatementContent.claim("Homework should be optional"));
        map.addStatement("reason", StatementContent.claim("Pupils learn more when they choose"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "claim");
        view = new MapCanvas();
        view.show(map, new CommandHistory(), new Selection());
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @Test
    void theDarkPaletteGroundsTheMapInDarkAndLightGivesItBack() {
        onFx(() -> view.setPalette(MapPalette.DARK));
        Color dark = onFx(() -> snapshot().getColor(4, 4));
        assertEquals(0, distance(dark, FxColours.of(MapPalette.DARK.background())), 0.02, "ground: " + dark);
        assertTrue(dark.getBrightness() < 0.15, "dark: " + dark);

        onFx(() -> view.setPalette(MapPalette.LIGHT));
        Color light = onFx(() -> snapshot().getColor(4, 4));
        assertEquals(0, distance(light, FxColours.of(MapPalette.LIGHT.background())), 0.02, "ground: " + light);
    }

    @Test
    void theProjectorDrawsThickerLinksThanLight() {
        onFx(() -> view.navigation().fitMap());
        double light = linkWidth(MapPalette.LIGHT);
        double projector = linkWidth(MapPalette.PROJECTOR);

        assertTrue(light >= 1, "a link is drawn: " + light + " px");
        assertTrue(projector >= 1.6 * light, "light " + light + " px, projector " + projector + " px");
    }

    /**
     * The narrowest width, in pixels, of the link between the reason and the junction above it,
     * measured across it on several rows: the ink differing from the ground, half-covered pixels
     * counting half, so antialiasing does not round the answer to whole pixels.
     */
    private double linkWidth(MapPalette palette) {
        onFx(() -> view.setPalette(palette));
        return onFx(() -> {
            PixelReader pixels = snapshot();
            Rect reason = onScreen("reason");
            Rect junction = onScreen("i1");
            Color ground = FxColours.of(palette.background());
            Color ink = FxColours.of(palette.of(map, map.inference("i1")).stroke());
            double full = distance(ink, ground);
            double narrowest = Double.MAX_VALUE;
            for (double t = 0.3; t <= 0.7; t += 0.1) {
                int y = (int) Math.round(junction.maxY() + (reason.y() - junction.maxY()) * t);
                double width = 0;
                for (int x = (int) reason.centreX() - 30; x <= reason.centreX() + 30; x++) {
                    width += Math.min(1, distance(pixels.getColor(x, y), ground) / full);
                }
                narrowest = Math.min(narrowest, width);
            }
            return narrowest;
        });
    }

    /** A node's rectangle in the canvas's pixels. */
    private Rect onScreen(String id) {
        Rect box = view.geometry().rectOf(id);
        double zoom = view.zoomProperty().get();
        Point2D origin = view.navigation().mapPointAt(view.localToScreen(0, 0));
        return new Rect((box.x() - origin.getX()) * zoom, (box.y() - origin.getY()) * zoom, box.width() * zoom,
                box.height() * zoom);
    }

    private PixelReader snapshot() {
        Canvas canvas = (Canvas) view.getChildrenUnmodifiable().get(0);
        return canvas.snapshot(null, null).getPixelReader();
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
