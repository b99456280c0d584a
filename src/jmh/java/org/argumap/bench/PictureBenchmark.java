package org.argumap.bench;

import java.util.concurrent.TimeUnit;
import org.argumap.model.DebateMaps;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.render.picture.MapPictures;
import org.argumap.render.picture.PictureFormat;
import org.argumap.render.picture.PictureOptions;
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
 * Drawing a laid-out debate as a picture, warm: what {@code render} costs beyond reading, starting
 * the JVM and laying out. PNG at 1×, SVG with every word (up to 20,000 statements), PDF fitted
 * onto one A4 page. Layout is done once in the setup; {@link LayoutBenchmark} measures it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@State(Scope.Benchmark)
public class PictureBenchmark {
    @Param({"1000", "10000"})
    public int size;

    @Param({"PNG", "SVG", "PDF"})
    public PictureFormat format;

    private MapRenderer renderer;
    private PictureOptions options;

    @Setup(Level.Trial)
    public void layOut() {
        renderer = new MapRenderer(DebateMaps.debate(size, 42), MapPalette.LIGHT);
        options = PictureOptions.defaults().withScale(1);
    }

    @Benchmark
    public byte[] draw() throws Exception {
        return MapPictures.write(renderer, format, options).bytes();
    }
}
