package org.argumap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The heap a loaded map keeps: a map is read, the collector runs, and the growth of the used heap
 * is reported as the counter {@code retainedMegabytes}. Target: under 400 MB for 100,000 statements.
 * JMH adds counters of type EVENTS up over forks: the summary line is the sum of the three forks,
 * so read each fork's own line (or divide by three).
 * The time reported is that of a cold read, as a user opening a map meets it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class MapMemoryBenchmark {
    @Param({"100000"})
    public int size;

    private Path file;

    /** JMH reports the public fields of this state beside the time. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Footprint {
        public double retainedMegabytes;
    }

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        file = Files.createTempFile("bench", ArgumapJsonFormat.EXTENSION);
        new ArgumapJsonFormat().write(DebateMaps.debate(size, 42), file);
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public ArgumentMap coldRead(Footprint footprint) throws MapReadException {
        long before = usedAfterCollection();
        ArgumentMap map = new ArgumapJsonFormat().read(file).map();
        footprint.retainedMegabytes = (usedAfterCollection() - before) / (1024.0 * 1024.0);
        return map;
    }

    private static long usedAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
