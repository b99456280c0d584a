package org.argumap.io.kialo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;

/**
 * Shared by the readers' property tests: mutations of real input, and the one rule every reader
 * keeps on any input: a map, or the one clear error naming the file, never another exception, a
 * hang or running out of memory.
 */
public final class Fuzzing {
    /** Far above what any input here needs; a reader that takes longer is hanging. */
    private static final Duration LIMIT = Duration.ofSeconds(10);

    private Fuzzing() {
    }

    /** One edit of a byte string, at a place given as a fraction of its length. */
    public record Mutation(int kind, double at, int length, byte value) {
        byte[] apply(byte[] input) {
            int from = (int) (at * input.length);
            int to = Math.min(input.length, from + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case 0 -> { // delete a range
                    out.write(input, 0, from);
                    out.write(input, to, input.length - to);
                }
                case 1 -> { // repeat a range
                    out.write(input, 0, to);
                    out.write(input, from, to - from);
                    out.write(input, to, input.length - to);
                }
                case 2 -> { // insert a byte
                    out.write(input, 0, from);
                    out.write(value);
                    out.write(input, from, input.length - from);
                }
                case 3 -> { // overwrite a byte
                    out.write(input, 0, input.length);
                    byte[] bytes = out.toByteArray();
                    if (from < bytes.length) {
                        bytes[from] = value;
                    }
                    return bytes;
                }
                default -> out.write(input, 0, from); // cut the input off
            }
            return out.toByteArray();
        }
    }

    public static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> interesting = Arbitraries.of((byte) '\n', (byte) '\r', (byte) ' ', (byte) '.', (byte) ':',
                (byte) '[', (byte) ']', (byte) '{', (byte) '}', (byte) '"', (byte) ',', (byte) '0', (byte) '1',
                (byte) '-', (byte) '>', (byte) 0, (byte) 0xC3, (byte) 0xFF);
        Arbitrary<Byte> value = Arbitraries.oneOf(interesting, Arbitraries.bytes());
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(0, 64), value)
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(8);
    }

    public static byte[] mutate(byte[] input, List<Mutation> mutations) {
        byte[] bytes = input;
        for (Mutation mutation : mutations) {
            bytes = mutation.apply(bytes);
        }
        return bytes;
    }

    /** Reads with the reader and fails the property on anything but a map or a located MapReadException. */
    public static void readsOrFailsClearly(MapReader reader, byte[] input) {
        Path name = Path.of("fuzzed" + reader.extensions().get(0));
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                ReadResult result = reader.read(input, name);
                assertNotNull(result.map());
                result.warnings().forEach(w -> assertFalse(w.isBlank()));
            } catch (MapReadException e) {
                assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
                assertFalse(e.reason().isBlank());
                assertTrue(e.line() >= 0 && e.column() >= 0);
            }
        });
    }
}
