package org.argumap.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.argumap.analysis.search.MapQuery;
import org.argumap.analysis.search.MapSearch;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Searching a debate of 1,000 to 100,000 statements: making the index (once per change to the
 * map, reusing unchanged statements), and answering a query from scratch and one letter later.
 * Target: at 100,000, a keystroke's answer well inside a frame, the index in a few hundred ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MapSearchBenchmark {
    @Param({"1000", "100000"})
    public int size;

    private ArgumentMap map;
    private MapSearch search;

    @Setup(Level.Trial)
    public void makeMap() {
        map = DebateMaps.debate(size, 42);
        search = MapSearch.of(map);
    }

    @Benchmark
    public MapSearch indexFromScratch() {
        return MapSearch.of(map);
    }

    @Benchmark
    public MapSearch indexAfterAnEdit() {
        return MapSearch.of(map, search);
    }

    @Benchmark
    public List<String> findFromScratch() {
        search.find(MapQuery.NONE);
        return search.find(MapQuery.text("the"));
    }

    @Benchmark
    public List<String> findOneLetterMore() {
        search.find(MapQuery.text("th"));
        return search.find(MapQuery.text("the"));
    }
}
