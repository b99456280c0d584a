package org.argumap.io.argdown;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.argumap.io.MapReadException;

/**
 * The text of an Argdown document with every line ending made a plain {@code \n}, and where each
 * offset in it is for people: line and column from 1, as editors count them. Line ends change
 * nothing of that: {@code \r\n} and {@code \r} end a line as {@code \n} does.
 */
final class SourceText {
    private final String text;
    private final Path file;
    private final int[] lineStarts;

    private SourceText(String text, Path file) {
        this.text = text;
        this.file = file;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /**
     * Decodes UTF-8 (a byte order mark is dropped). Bytes that are not UTF-8 become U+FFFD with a
     * warning, as Argdown itself reads them; a NUL character means a binary file and is refused.
     */
    static SourceText decode(byte[] bytes, Path file, List<String> warnings) throws MapReadException {
        String decoded = decodeLeniently(bytes, file, warnings);
        if (!decoded.isEmpty() && decoded.charAt(0) == '\uFEFF') {
            decoded = decoded.substring(1);
        }
        SourceText source = new SourceText(normalizeLineEnds(decoded), file);
        int nul = source.text.indexOf('\u0000');
        if (nul >= 0) {
            throw source.error(nul, "This is not Argdown text: it holds a NUL character, as binary files do.");
        }
        return source;
    }

    /** For tests and the writer's checks: text that is already a Java string. */
    static SourceText of(String text, Path file) {
        return new SourceText(normalizeLineEnds(text), file);
    }

    private static String decodeLeniently(byte[] bytes, Path file, List<String> warnings) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        int firstBad = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (firstBad < 0) {
                    firstBad = in.position();
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
                continue;
            }
            decoder.flush(out);
            break;
        }
        if (firstBad >= 0) {
            int line = 1;
            for (int i = 0; i < firstBad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            warnings.add("line " + line + ": bytes that are not UTF-8 were read as \uFFFD (save the file as UTF-8)");
        }
        out.flip();
        return out.toString();
    }

    private static String normalizeLineEnds(String raw) {
        if (raw.indexOf('\r') < 0) {
            return raw;
        }
        return raw.replace("\r\n", "\n").replace('\r', '\n');
    }

    String text() {
        return text;
    }

    /** The line (from 1) that holds this offset; the end of the text counts as its last line. */
    int line(int offset) {
        int index = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, text.length())));
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The column (from 1) of this offset within its line. */
    int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** Where the line holding this offset ends: the index of its {@code \n}, or the text's length. */
    int lineEnd(int offset) {
        int end = text.indexOf('\n', offset);
        return end < 0 ? text.length() : end;
    }

    MapReadException error(int offset, String reason) {
        return new MapReadException(file, line(offset), column(offset), reason);
    }

    String place(int offset) {
        return "line " + line(offset);
    }
}
