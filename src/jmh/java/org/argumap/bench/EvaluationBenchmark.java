package org.argumap.bench;

import java.util.concurrent.TimeUnit;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.analysis.evaluation.Semantics;
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
 * Evaluating a debate of 1,000 to 100,000 statements, labels and strengths together, as the editor
 * does after each edit. Target: at 100,000, well under a second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {
    @Param({"1000", "100000"})
    public int size;

    private ArgumentMap map;

    @Setup(Level.Trial)
    public void makeMap() {
        map = DebateMaps.debate(size, 42);
    }

    @Benchmark
    public Evaluation grounded() {
        return Evaluator.evaluate(map);
    }

    @Benchmark
    public Evaluation preferred() {
        return Evaluator.evaluate(map, Semantics.PREFERRED);
    }
}
