package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What the format fuzz tests share: one random edit of a real file (delete, insert or replace by a
 * token of the format, repeat, cut off, pad with spaces, flip a byte), and the check that a refusal
 * names the file and its place.
 */
public final class FuzzInputs {
    private FuzzInputs() {
    }

    /**
     * One random edit of {@code content}; {@code tokens} are pieces of the format's syntax, and
     * {@code maxSpan} bounds how many bytes one edit removes or repeats.
     */
    public static byte[] mutate(byte[] content, Random random, List<String> tokens, int maxSpan) {
        int length = content.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        int span = length == 0 ? 0 : 1 + random.nextInt(Math.min(maxSpan, length - at));
        byte[] token = tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(7)) {
            case 0 -> splice(content, at, span, new byte[0]);
            case 1 -> splice(content, at, 0, token);
            case 2 -> splice(content, at, span, token);
            case 3 -> splice(content, at, 0, Arrays.copyOfRange(content, at, at + span));
            case 4 -> Arrays.copyOf(content, at);
            case 5 -> splice(content, at, 0, " ".repeat(random.nextInt(6)).getBytes(StandardCharsets.UTF_8));
            default -> {
                byte[] copy = content.clone();
                if (length > 0) {
                    copy[at] = (byte) random.nextInt(256);
                }
                yield copy;
            }
        };
    }

    /** A refusal of this file: named, with a reason, and the message starts with FILE:LINE:COLUMN. */
    public static void assertPlaced(MapReadException e, Path name) {
        assertEquals(name, e.file());
        assertFalse(e.reason().isBlank());
        assertTrue(e.getMessage().startsWith(name + ":" + e.line() + ":" + e.column() + ": "), e.getMessage());
    }

    private static byte[] splice(byte[] content, int at, int remove, byte[] insert) {
        byte[] out = new byte[content.length - remove + insert.length];
        System.arraycopy(content, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(content, at + remove, out, at + insert.length, content.length - at - remove);
        return out;
    }
}
