package org.argumap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;

/**
 * Reads one map file several times in one JVM and prints each read's wall time: the first is the
 * cold read a user meets when opening a map in a fresh editor, the last ones are warm. JMH's
 * {@code MapMemoryBenchmark.coldRead} measures the cold read too, but only of a map it generates
 * itself; this takes the ready files ({@code /tmp/debate-100000.argumap.json}, the million).
 * Beside the wall time it prints the CPU time of the reading thread, which other processes on a
 * loaded machine disturb less (the compiler's and collector's threads are not in it).
 * {@code ReadTimes FILE [TIMES]}, with the jar and its lib on the class path.
 */
public final class ReadTimes {
    private ReadTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int times = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long started = System.nanoTime();
        byte[] bytes = Files.readAllBytes(file);
        System.out.printf("file read into memory: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        ArgumapJsonFormat format = new ArgumapJsonFormat();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            ArgumentMap map = format.read(bytes, file).map();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            System.out.printf("read %d: %d ms, CPU %d ms, %d nodes%n", i + 1, millis, cpuMillis, map.size());
            map = null;
            if (i + 1 < times) {
                System.gc();
            }
        }
    }
}
