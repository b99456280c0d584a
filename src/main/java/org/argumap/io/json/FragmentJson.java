package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.argumap.io.MapReadException;
import org.argumap.model.ArgumentMap;

/**
 * Argumap's own clipboard format: a copied fragment as a small map document, written and read
 * exactly as an {@code .argumap.json} file is, so what a user pastes into a text editor and saves
 * opens as a map, and a map file's text copied from anywhere pastes as a fragment. The fragment
 * is turned into that map and back in the edit layer ({@code MapFragment.toMap()} and
 * {@code MapFragment.fromMap(map)}), which io may not see; this class only speaks JSON.
 *
 * <p>The UI puts this text on the system clipboard under {@link #MIME_TYPE}, beside the plain-text
 * outline for other programs, and on paste prefers it when {@link #looksLikeMap} says so.
 */
public final class FragmentJson {
    /** The clipboard flavour of Argumap map JSON. */
    public static final String MIME_TYPE = "application/x-argumap+json";
    /** What error messages call the clipboard, in place of a file name. */
    public static final Path CLIPBOARD = Path.of("clipboard");

    private FragmentJson() {
    }

    /** The fragment's map as JSON text, deterministic as every map file. */
    public static String write(ArgumentMap fragmentMap) {
        return new ArgumapJsonFormat().writeToString(fragmentMap);
    }

    /**
     * Reads map JSON from the clipboard, with the same checks and limits as a map file.
     *
     * @throws MapReadException with line and column in the pasted text when it is not a readable map
     */
    public static ArgumentMap read(String json) throws MapReadException {
        return new ArgumapJsonFormat().read(json.getBytes(StandardCharsets.UTF_8), CLIPBOARD).map();
    }

    /**
     * Whether the text is a JSON object whose top-level {@code "format"} is {@code "argumap"}: cheap
     * enough to ask of any pasted text, so that only Argumap maps are read as JSON and everything
     * else as an outline. Reads no further than that field.
     */
    public static boolean looksLikeMap(String text) {
        String start = text.stripLeading();
        if (!start.startsWith("{")) {
            return false;
        }
        try (JsonParser parser = JsonMappers.boundedFactory().createParser(start)) {
            parser.nextToken();
            for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("format")) {
                    return value == JsonToken.VALUE_STRING && ArgumapJsonFormat.FORMAT_NAME.equals(parser.getText());
                }
                parser.skipChildren();
            }
            return false;
        } catch (IOException notJson) {
            return false;
        }
    }
}
