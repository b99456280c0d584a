package org.argumap.ui;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import org.argumap.io.json.FragmentJson;

/**
 * Where Cut, Copy and Paste keep a piece of a map: two flavours of one copy, Argumap's map JSON
 * for Argumap windows and an indented plain-text outline for every other program. An interface so
 * that the clipboard actions need not know which clipboard they talk to; the editor and its tests
 * use the system clipboard (which works headless under Monocle too).
 */
interface MapClipboard {
    /** The map JSON flavour, under the MIME type decision 0006 names. */
    DataFormat MAP_JSON = dataFormat(FragmentJson.MIME_TYPE);

    /** Replaces the clipboard's content with both flavours of one copy. */
    void put(String mapJson, String outlineText);

    /** Argumap's map JSON, if an Argumap window put it there. */
    Optional<String> mapJson();

    /** Plain text, from Argumap (the outline) or from any other program. */
    Optional<String> text();

    /** Whether there is something Paste could try: map JSON or text. */
    default boolean hasPasteable() {
        return mapJson().isPresent() || text().isPresent();
    }

    /** The system clipboard; to be used on the FX thread. */
    static MapClipboard system() {
        return new SystemClipboard(Clipboard.getSystemClipboard());
    }

    /** A data format may be made only once per JVM; another window or class may have made it. */
    private static DataFormat dataFormat(String mimeType) {
        DataFormat known = DataFormat.lookupMimeType(mimeType);
        return known != null ? known : new DataFormat(mimeType);
    }

    /** JavaFX's clipboard, which the platform shares with every other program. */
    final class SystemClipboard implements MapClipboard {
        private final Clipboard clipboard;

        SystemClipboard(Clipboard clipboard) {
            this.clipboard = clipboard;
        }

        /**
         * The JSON goes as UTF-8 bytes: JavaFX would put a String under a custom format as a
         * serialized Java object, which only another Java program could read.
         */
        @Override
        public void put(String mapJson, String outlineText) {
            clipboard.setContent(Map.of(MAP_JSON, ByteBuffer.wrap(mapJson.getBytes(StandardCharsets.UTF_8)),
                    DataFormat.PLAIN_TEXT, outlineText));
        }

        @Override
        public Optional<String> mapJson() {
            Object content = clipboard.getContent(MAP_JSON);
            if (content instanceof ByteBuffer bytes) {
                ByteBuffer copy = bytes.duplicate();
                byte[] array = new byte[copy.remaining()];
                copy.get(array);
                return Optional.of(new String(array, StandardCharsets.UTF_8));
            }
            if (content instanceof byte[] array) {
                return Optional.of(new String(array, StandardCharsets.UTF_8));
            }
            // A String comes from a Java program that put one; anything else is not ours to read.
            return content instanceof String json ? Optional.of(json) : Optional.empty();
        }

        @Override
        public Optional<String> text() {
            return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
        }

        @Override
        public boolean hasPasteable() {
            return clipboard.hasContent(MAP_JSON) || clipboard.hasString();
        }
    }
}
