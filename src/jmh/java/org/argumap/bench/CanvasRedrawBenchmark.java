package org.argumap.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.ui.canvas.FxSurface;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full redraw of a viewport-sized canvas (1280 × 800) over a debate of 10,000 statements, at
 * the zooms where each level of detail applies: 100 % (everything), 35 % (role and title), 18 % and
 * 12 % (the first words alone, or bars where no word fits), 3 % (blocks), and the whole map fitted (every box a block, every link a line). Target:
 * under 8 ms.
 *
 * <p>{@code paint} measures what the canvas does on a pulse: it asks the spatial index what is
 * visible and records the drawing commands. {@code paintAndRasterise} adds turning those commands
 * into pixels with the software pipeline (through a snapshot, which also copies the pixels out),
 * the work the render thread does on screen; on a GPU pipeline that part is cheaper.
 *
 * <p>JavaFX runs headless (Monocle, software rendering; the profile passes the properties), and
 * every invocation runs on the FX thread, as drawing must; handing over costs some microseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dprism.text=t2k", "-Djava.awt.headless=true"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
public class CanvasRedrawBenchmark {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    @Param({"10000"})
    public int size;

    /** A zoom, or "fit": the whole map in view, every box and link drawn, the most there can be. */
    @Param({"1.0", "0.35", "0.18", "0.12", "0.03", "fit"})
    public String zoomLevel;

    private double zoom;

    private MapRenderer renderer;
    private Canvas canvas;
    private WritableImage image;
    private double centreX;
    private double centreY;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        startFx();
        ArgumentMap map = DebateMaps.debate(size, 42);
        onFx(() -> {
            renderer = new MapRenderer(map, MapPalette.LIGHT);
            canvas = new Canvas(WIDTH, HEIGHT);
            image = new WritableImage((int) WIDTH, (int) HEIGHT);
            if (zoomLevel.equals("fit")) {
                Rect bounds = renderer.geometry().bounds();
                zoom = Math.min(WIDTH / bounds.width(), HEIGHT / bounds.height());
                centreX = bounds.centreX();
                centreY = bounds.centreY();
            } else {
                // The middle of the map's widest row, where a viewport shows the most boxes.
                Rect box = renderer.geometry().rectOf("s" + size / 2);
                zoom = Double.parseDouble(zoomLevel);
                centreX = box.centreX();
                centreY = box.centreY();
            }
            Rect view = new Rect(centreX - WIDTH / 2 / zoom, centreY - HEIGHT / 2 / zoom, WIDTH / zoom, HEIGHT / zoom);
            long shown = map.statements().stream().map(s -> renderer.geometry().rectOf(s.id()))
                    .filter(r -> r != null && r.intersects(view)).count();
            System.out.println("# zoom " + zoom + ": " + shown + " of " + size + " statements in view");
            return null;
        });
    }

    @Benchmark
    public Canvas paint() throws Exception {
        return onFx(() -> {
            renderer.paint(new FxSurface(canvas.getGraphicsContext2D()), WIDTH, HEIGHT, zoom, centreX, centreY, 1);
            return canvas;
        });
    }

    @Benchmark
    public WritableImage paintAndRasterise() throws Exception {
        return onFx(() -> {
            renderer.paint(new FxSurface(canvas.getGraphicsContext2D()), WIDTH, HEIGHT, zoom, centreX, centreY, 1);
            return canvas.snapshot(null, image);
        });
    }

    /** What a snapshot costs with nothing but the background on the canvas: to subtract from the above. */
    @Benchmark
    public WritableImage snapshotOfBackgroundOnly() throws Exception {
        return onFx(() -> {
            canvas.getGraphicsContext2D().setFill(javafx.scene.paint.Color.WHITESMOKE);
            canvas.getGraphicsContext2D().fillRect(0, 0, WIDTH, HEIGHT);
            return canvas.snapshot(null, image);
        });
    }

    private static void startFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        started.await();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
