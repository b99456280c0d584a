package org.argumap.layout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Statement;
import org.argumap.render.LaidOutMap;

/**
 * A program, not a test: how long the automatic layout of a generated debate takes in a fresh
 * JVM, as when a large map is opened (JMH's {@code LayoutBenchmark} measures it warmed up). Box
 * sizes are fixed, as in the benchmark. Prints the first (cold) run, then a few more, then the
 * {@link LaidOutMap} built from the last. Usage: {@code ColdLayoutTiming [statements] [runs]}.
 */
public final class ColdLayoutTiming {
    /** Time on the CPU, not on the clock: six programs share this machine's two cores. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ColdLayoutTiming() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ArgumentMap map = DebateMaps.debate(size, 42);
        BoxSizes sizes = node -> node instanceof Statement ? new Size(200, 60) : new Size(16, 16);
        LayoutInput input = LayoutInput.of(map, sizes);
        MapGeometry geometry = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            geometry = new AutoLayout().layout(input);
            System.out.printf("layout %d: %d ms, %d ms of CPU%n", run + 1, (System.nanoTime() - start) / 1_000_000,
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }
        long start = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        LaidOutMap laidOut = new LaidOutMap(map, geometry);
        System.out.printf("laid-out map: %d ms, %d ms of CPU (%d rects, bounds %s)%n", (System.nanoTime() - start) / 1_000_000,
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, laidOut.geometry().rects().size(),
                laidOut.geometry().bounds());
    }
}
