package org.argumap.bench;

import java.util.concurrent.TimeUnit;
import org.argumap.layout.AutoLayout;
import org.argumap.layout.BoxSizes;
import org.argumap.layout.ElkLayeredLayout;
import org.argumap.layout.GraphMaps;
import org.argumap.layout.LayoutInput;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Size;
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
 * Automatic layout of generated debates. Target: 100,000 statements in under 2 s.
 *
 * <p>{@code shape=debate} is {@link DebateMaps} as it is (a tree with linked premises and
 * undercuts); {@code shape=shared} has 5 % of its statements serving a second argument, which
 * makes it a graph, so {@code auto} picks ELK layered where it is small enough. Box sizes are
 * fixed (200 × 60 statements, 16 × 16 junctions): measuring text needs JavaFX.
 * {@code snapshot} is the part that runs on the FX thread ({@link LayoutInput#of}); the layouts
 * run from the snapshot, as on the worker.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LayoutBenchmark {
    static final BoxSizes SIZES = node -> node instanceof Statement ? new Size(200, 60) : new Size(16, 16);

    /** Maps for the linear layouts, up to 100,000 statements. */
    @State(Scope.Benchmark)
    public static class Maps {
        @Param({"1000", "10000", "100000"})
        public int size;

        @Param({"debate", "shared"})
        public String shape;

        ArgumentMap map;
        LayoutInput input;

        @Setup(Level.Trial)
        public void generate() {
            map = "shared".equals(shape) ? GraphMaps.debateWithSharedPremises(size, 5, 42) : DebateMaps.debate(size, 42);
            input = LayoutInput.of(map, SIZES);
        }
    }

    /** Graph-shaped maps for ELK, which is far from linear: 100,000 would take minutes (decision 5). */
    @State(Scope.Benchmark)
    public static class GraphMapsForElk {
        @Param({"1000", "2000", "10000"})
        public int statements;

        LayoutInput input;

        @Setup(Level.Trial)
        public void generate() {
            input = LayoutInput.of(GraphMaps.debateWithSharedPremises(statements, 5, 42), SIZES);
        }
    }

    // Layouts keep no state, so shared constants measure the same as fresh ones.
    private static final TreeLayout TREE = new TreeLayout();
    private static final AutoLayout AUTO = new AutoLayout();
    private static final ElkLayeredLayout LAYERED = new ElkLayeredLayout();

    @Benchmark
    public LayoutInput snapshot(Maps maps) {
        return LayoutInput.of(maps.map, SIZES);
    }

    @Benchmark
    public MapGeometry tree(Maps maps) {
        return TREE.layout(maps.input);
    }

    @Benchmark
    public MapGeometry auto(Maps maps) {
        return AUTO.layout(maps.input);
    }

    @Benchmark
    public MapGeometry elkLayered(GraphMapsForElk maps) {
        return LAYERED.layout(maps.input);
    }
}
