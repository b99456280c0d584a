package org.argumap.io.kialo;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.argumap.io.MapReadException;

/**
 * The bytes of an export as lines: UTF-8 (what Kialo writes), an optional byte order mark dropped,
 * and CRLF, LF or a lone CR all ending a line, so that a file saved on Windows reads the same.
 */
final class KialoText {
    private KialoText() {
    }

    static List<String> lines(byte[] content, Path file) throws MapReadException {
        String text = decode(content, file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    private static String decode(byte[] content, Path file) throws MapReadException {
        try {
            return newDecoder().decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(content, file);
        }
    }

    /** Finds the first byte that is not UTF-8, to name its line and column. */
    private static MapReadException notUtf8(byte[] content, Path file) {
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult result = newDecoder().decode(in, out, true);
        out.flip();
        int line = 1;
        int column = 1;
        if (result.isError()) {
            String before = out.toString();
            for (int i = 0; i < before.length(); i++) {
                char c = before.charAt(i);
                boolean crlf = c == '\r' && i + 1 < before.length() && before.charAt(i + 1) == '\n';
                if ((c == '\n' || c == '\r') && !crlf) {
                    line++;
                    column = 1;
                } else if (!crlf) {
                    column++;
                }
            }
        }
        return new MapReadException(file, line, column,
                "This is not UTF-8 text: a Kialo export is a plain text file (was another file chosen?).");
    }

    private static CharsetDecoder newDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
