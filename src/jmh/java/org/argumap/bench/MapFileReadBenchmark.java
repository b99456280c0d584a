package org.argumap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
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

/** Opening and saving a map file of a debate of 1,000 to 100,000 statements. Target: read 100,000 in under 1.5 s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MapFileReadBenchmark {
    @Param({"1000", "10000", "100000"})
    public int size;

    private final ArgumapJsonFormat format = new ArgumapJsonFormat();
    private Path file;
    private ArgumentMap map;

    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        map = DebateMaps.debate(size, 42);
        file = Files.createTempFile("bench", ArgumapJsonFormat.EXTENSION);
        format.write(map, file);
    }

    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public ArgumentMap read() throws MapReadException {
        return format.read(file).map();
    }

    @Benchmark
    public String write() {
        return format.writeToString(map);
    }
}
