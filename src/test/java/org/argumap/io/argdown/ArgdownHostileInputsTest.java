package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.argumap.io.MapReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to make a naive lexer quadratic or a recursive parser overflow are read, and read
 * in time proportional to their size. Each shape is read at two sizes, n and 8n characters; growing
 * linearly, the larger takes about 8 times as long, growing quadratically 64 times. The test allows
 * less than 3 × 8. A fixed time limit would instead fail on a slow machine and pass a quadratic
 * reader on a fast one.
 *
 * <p>The times are the reading thread's CPU time, which a busy machine (other builds on the same two
 * cores) and garbage-collection pauses leave out, each the best of several readings interleaved
 * across the two sizes, after a warm-up. Code not yet compiled by the JIT can still make one
 * measurement run high (23 once for a ratio that is 8 when warm), so up to five measurements are
 * made; a quadratic reader fails all of them.
 */
class ArgdownHostileInputsTest {
    private static final int SIZE = 8_000;
    private static final int GROWTH = 8;
    private static final double ALLOWED_RATIO = 3.0 * GROWTH;
    private static final int WARM_UP = 5;
    private static final int RUNS = 7;
    private static final int MEASUREMENTS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path NAME = Path.of("hostile.argdown");

    /** Each shape as a text of about n characters. */
    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("open brackets", n -> "[".repeat(n)),
                shape("unclosed titles in a statement", n -> "[A]: " + "[x".repeat(n / 2)),
                shape("open braces", n -> "{".repeat(n)),
                shape("empty data blocks", n -> "{},".repeat(n / 3)),
                shape("data blocks across lines", n -> "{ }\n,".repeat(n / 4)),
                shape("unclosed tag groups", n -> "#(".repeat(n / 2)),
                shape("dotted words", n -> ".a".repeat(n / 2)),
                shape("unclosed mentions", n -> "@[".repeat(n / 2)),
                shape("open angle brackets", n -> "<".repeat(n)),
                shape("unpaired emphasis", n -> "*_".repeat(n / 2)),
                shape("one statement's many reasons", n -> "[A]: a\n" + "  + b\n".repeat(n / 10)),
                shape("a long premise-conclusion structure", n -> "(1) p\n" + "----\n(2) c\n".repeat(n / 20)),
                shape("many lines", n -> "a\n".repeat(n / 2)),
                shape("nested lists in data", n -> "{a: " + "[".repeat(n / 12) + "]".repeat(n / 12) + "}"),
                shape("long front matter", n -> "===\n" + "a:\n ".repeat(n / 4) + "\n===\n[A]: a"));
    }

    private static Arguments shape(String name, IntFunction<String> text) {
        return Arguments.of(name, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void givesAMapOrOneLocatedError(String name, IntFunction<String> shape) {
        ArgdownFuzzTest.assertMapOrError(bytes(shape.apply(SIZE * GROWTH)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void isReadInLinearTime(String name, IntFunction<String> shape) {
        Growth growth = Growth.of(bytes(shape.apply(SIZE)), bytes(shape.apply(SIZE * GROWTH)),
                ArgdownHostileInputsTest::read);
        assertTrue(growth.ratio() < ALLOWED_RATIO, name + ": " + growth);
    }

    /** The measuring itself tells quadratic from linear: a naive quadratic scan fails it. */
    @Test
    void aQuadraticReaderWouldFail() {
        Growth growth = Growth.of(bytes("a".repeat(1_000)), bytes("a".repeat(1_000 * GROWTH)),
                ArgdownHostileInputsTest::quadraticScan);
        assertTrue(growth.ratio() >= ALLOWED_RATIO, growth.toString());
    }

    /** The times of the two sizes, best of several readings; their ratio is the growth. */
    record Growth(int smallSize, long smallNanos, int largeSize, long largeNanos) {
        static Growth of(byte[] small, byte[] large, ToLongFunction<byte[]> timed) {
            for (int i = 0; i < WARM_UP; i++) {
                timed.applyAsLong(small);
                timed.applyAsLong(large);
            }
            Growth growth = null;
            for (int measurement = 0; measurement < MEASUREMENTS && (growth == null || growth.ratio() >= ALLOWED_RATIO);
                    measurement++) {
                long bestSmall = Long.MAX_VALUE;
                long bestLarge = Long.MAX_VALUE;
                for (int i = 0; i < RUNS; i++) {
                    bestSmall = Math.min(bestSmall, timed.applyAsLong(small));
                    bestLarge = Math.min(bestLarge, timed.applyAsLong(large));
                }
                growth = new Growth(small.length, bestSmall, large.length, bestLarge);
            }
            return growth;
        }

        double ratio() {
            return (double) largeNanos / Math.max(1, smallNanos);
        }

        @Override
        public String toString() {
            return String.format("%d chars read in %.2f ms (CPU), %d in %.2f ms: %.1f times as long for %d times the size"
                    + " (linear: about %d, allowed: under %.0f)", smallSize, smallNanos / 1e6, largeSize, largeNanos / 1e6,
                    ratio(), GROWTH, GROWTH, ALLOWED_RATIO);
        }
    }

    /** Nanoseconds to read the input, to a map or to the one error. */
    private static long read(byte[] content) {
        long start = now();
        try {
            ArgdownFormat.READER.read(content, NAME);
        } catch (MapReadException e) {
            // Refusing is an answer too; its time counts.
        }
        return now() - start;
    }

    /** The current thread's CPU time where the platform measures it, else the wall clock. */
    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Nanoseconds for what a naive lexer does: for every character, look back over everything before it. */
    private static long quadraticScan(byte[] content) {
        long start = now();
        long sum = 0;
        for (int i = 0; i < content.length; i++) {
            for (int j = 0; j < i; j++) {
                sum += content[j];
            }
        }
        if (sum == 42) {
            // Keeps the JIT from removing the loop as unused.
            System.out.print("");
        }
        return now() - start;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
