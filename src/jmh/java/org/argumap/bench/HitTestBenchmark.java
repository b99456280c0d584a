package org.argumap.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Rect;
import org.argumap.layout.SpatialIndex;
import org.argumap.layout.TreeLayout;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Statement;
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
 * The spatial index over a laid-out debate, queried as the canvas queries it: the box under the
 * pointer (target: under 50 µs) and the boxes in a 1920 × 1080 viewport at 100 % and at 10 %
 * zoom, and the whole map (fitted). Indexes the statements' boxes, as the canvas does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HitTestBenchmark {
    private static final int QUERIES = 1024;

    @Param({"100000"})
    public int size;

    private Map<String, Rect> boxes;
    private SpatialIndex index;
    private GridSpatialIndex grid;
    private Rect bounds;
    private final double[] pointX = new double[QUERIES];
    private final double[] pointY = new double[QUERIES];
    private final Rect[] viewports = new Rect[QUERIES];
    private final Rect[] zoomedOut = new Rect[QUERIES];
    private int next;

    @Setup(Level.Trial)
    public void layOut() {
        ArgumentMap map = DebateMaps.debate(size, 42);
        MapGeometry geometry = new TreeLayout().layout(map, LayoutBenchmark.SIZES);
        boxes = new LinkedHashMap<>();
        for (Statement statement : map.statements()) {
            boxes.put(statement.id(), geometry.rectOf(statement.id()));
        }
        index = new SpatialIndex(boxes);
        grid = new GridSpatialIndex(boxes, 512);
        bounds = geometry.bounds();
        Random random = new Random(7);
        List<Rect> rects = List.copyOf(boxes.values());
        for (int q = 0; q < QUERIES; q++) {
            // Half the points on a box, half anywhere (mostly empty space between boxes).
            Rect some = rects.get(random.nextInt(rects.size()));
            boolean onBox = q % 2 == 0;
            pointX[q] = onBox ? some.x() + random.nextDouble() * some.width() : bounds.x() + random.nextDouble() * bounds.width();
            pointY[q] = onBox ? some.y() + random.nextDouble() * some.height() : bounds.y() + random.nextDouble() * bounds.height();
            viewports[q] = new Rect(some.centreX() - 960, some.centreY() - 540, 1920, 1080);
            zoomedOut[q] = new Rect(some.centreX() - 9600, some.centreY() - 5400, 19200, 10800);
        }
    }

    @Benchmark
    public String idAt() {
        int q = next++ & (QUERIES - 1);
        return index.idAt(pointX[q], pointY[q]);
    }

    @Benchmark
    public List<String> idsInViewport() {
        return index.idsIn(viewports[next++ & (QUERIES - 1)]);
    }

    @Benchmark
    public List<String> idsInViewportAtTenPercent() {
        return index.idsIn(zoomedOut[next++ & (QUERIES - 1)]);
    }

    @Benchmark
    public List<String> idsInWholeMap() {
        return index.idsIn(bounds);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SpatialIndex build() {
        return new SpatialIndex(boxes);
    }

    /** The former grid (cell 512, as the canvas used it), for comparison. */
    @Benchmark
    public String gridIdAt() {
        int q = next++ & (QUERIES - 1);
        return grid.idAt(pointX[q], pointY[q]);
    }

    @Benchmark
    public List<String> gridIdsInViewport() {
        return grid.idsIn(viewports[next++ & (QUERIES - 1)]);
    }

    @Benchmark
    public List<String> gridIdsInViewportAtTenPercent() {
        return grid.idsIn(zoomedOut[next++ & (QUERIES - 1)]);
    }

    @Benchmark
    public List<String> gridIdsInWholeMap() {
        return grid.idsIn(bounds);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public GridSpatialIndex gridBuild() {
        return new GridSpatialIndex(boxes, 512);
    }
}
