package org.argumap.render;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.layout.Size;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;

/**
 * How long measuring every box of a map file takes, cold (the first pass in a fresh JVM, as when
 * the editor opens a map) and warm (later passes, each with a new measurer and so nothing
 * remembered): {@code MeasureTiming FILE [PASSES]}. A program with a {@code main}, not a test:
 * its figures are in performance.md.
 */
public final class MeasureTiming {
    private MeasureTiming() {
    }

    /** Processor time of the whole JVM (all threads, the compiler's too): less upset than wall time by a loaded machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ArgumentMap map = new ArgumapJsonFormat().read(Path.of(args[0])).map();
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        List<Statement> statements = map.statements();
        System.out.printf("read %d statements in %d ms%n", statements.size(), (System.nanoTime() - start) / 1_000_000);
        for (int pass = 1; pass <= passes; pass++) {
            long begin = System.nanoTime();
            long cpu = processCpuNanos();
            BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
            if (!Boolean.getBoolean("sequential")) {
                measurer.measureAll(statements);
            }
            double area = 0;
            for (Statement statement : statements) {
                Size size = measurer.sizeOf(statement);
                area += size.width() * size.height();
            }
            System.out.printf("pass %d (%s): %d ms, %d ms of processor time, total area %.0f%n", pass,
                    pass == 1 ? "cold" : "warm", (System.nanoTime() - begin) / 1_000_000,
                    (processCpuNanos() - cpu) / 1_000_000, area);
        }
    }
}
