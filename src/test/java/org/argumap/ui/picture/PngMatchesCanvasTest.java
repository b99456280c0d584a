package org.argumap.ui.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.layout.Rect;
import org.argumap.render.Decorations;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.render.picture.MapPictures;
import org.argumap.render.picture.PictureFormat;
import org.argumap.render.picture.PictureOptions;
import org.argumap.ui.canvas.FxSurface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exported PNG looks like the screen: the demo map drawn on a JavaFX canvas (the editor's
 * backend) and written as a PNG (Java 2D, as the command line does) agree pixel for pixel up to
 * anti-aliasing. A box out of place, a missing link or another palette would break the agreement.
 */
@ExtendWith(ApplicationExtension.class)
class PngMatchesCanvasTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");

    @Test
    void theDemoMapAsAPngMatchesASnapshotOfTheCanvas() throws Exception {
        MapRenderer renderer = new MapRenderer(new ArgumapJsonFormat().read(DEMO).map(), MapPalette.LIGHT);
        Rect area = renderer.area(Set.of());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                MapPictures.write(renderer, PictureFormat.PNG, PictureOptions.defaults().withScale(1)).bytes()));
        WritableImage screen = onFx(() -> {
            Canvas canvas = new Canvas(png.getWidth(), png.getHeight());
            renderer.paint(new FxSurface(canvas.getGraphicsContext2D()), area, 1, 1, Decorations.NONE, true);
            return canvas.snapshot(null, null);
        });
        assertEquals(png.getWidth(), (int) screen.getWidth());
        assertEquals(png.getHeight(), (int) screen.getHeight());

        Difference difference = Difference.between(png, screen.getPixelReader());
        assertTrue(difference.mean() < 0.01, "mean difference per pixel " + difference);
        assertTrue(difference.farOff() < 0.02, "pixels far off " + difference);
    }

    /** How far apart two pictures are: mean colour distance (0–1) and the share of pixels off by more than a third. */
    private record Difference(double mean, double farOff) {
        static Difference between(BufferedImage png, PixelReader screen) {
            double sum = 0;
            long far = 0;
            long pixels = (long) png.getWidth() * png.getHeight();
            for (int y = 0; y < png.getHeight(); y++) {
                for (int x = 0; x < png.getWidth(); x++) {
                    int a = png.getRGB(x, y);
                    int b = screen.getArgb(x, y);
                    double d = (Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
                            + Math.abs((a & 255) - (b & 255))) / (3 * 255.0);
                    sum += d;
                    far += d > 1 / 3.0 ? 1 : 0;
                }
            }
            return new Difference(sum / pixels, (double) far / pixels);
        }

        @Override
        public String toString() {
            return String.format("mean %.4f, far off %.4f", mean, farOff);
        }
    }

    private static <T> T onFx(Callable<T> task) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }
}
