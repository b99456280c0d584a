package org.argumap.ui;

import java.util.Optional;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.edit.clipboard.OutlineTextParser;
import org.argumap.edit.clipboard.OutlineTextWriter;
import org.argumap.io.MapReadException;
import org.argumap.io.json.FragmentJson;

/**
 * Turns a copied fragment into the clipboard's two flavours and the clipboard's content back into
 * a fragment to paste: Argumap's map JSON first, else plain text read as an indented outline.
 * What cannot be pasted is refused with one sentence for the status line, before anything changes.
 */
final class ClipboardFragments {
    private ClipboardFragments() {
    }

    /** Puts both flavours of the fragment on the clipboard. */
    static void put(MapClipboard clipboard, MapFragment fragment) {
        clipboard.put(FragmentJson.write(fragment.toMap()), OutlineTextWriter.write(fragment));
    }

    /**
     * The fragment the clipboard holds.
     *
     * @throws EditRefusedException saying why, when it holds nothing that pastes as statements
     */
    static MapFragment read(MapClipboard clipboard) {
        Optional<String> json = clipboard.mapJson();
        if (json.isPresent()) {
            return fromJson(json.get());
        }
        String text = clipboard.text().orElseThrow(() ->
                new EditRefusedException("The clipboard holds neither a map nor text, so there is nothing to paste."));
        return fromText(text);
    }

    /**
     * Text that starts as a JSON object is taken for a map (a map file's text copied from an
     * editor pastes as its statements): an outline line never starts with a brace, and a broken
     * map is better reported than pasted as one box of JSON.
     */
    static MapFragment fromText(String text) {
        if (text.stripLeading().startsWith("{")) {
            return fromJson(text);
        }
        if (looksBinary(text)) {
            throw new EditRefusedException("The clipboard holds binary data, not text or a map, so nothing was pasted.");
        }
        MapFragment fragment = OutlineTextParser.parse(text);
        if (fragment.isEmpty()) {
            throw new EditRefusedException("The clipboard's text is empty, so there is nothing to paste.");
        }
        return fragment;
    }

    private static MapFragment fromJson(String json) {
        try {
            return MapFragment.fromMap(FragmentJson.read(json));
        } catch (MapReadException e) {
            String place = e.line() > 0 ? " (line " + e.line() + (e.column() > 0 ? ", column " + e.column() : "")
                    + ": " + e.reason() + ")" : " (" + e.reason() + ")";
            throw new EditRefusedException("The clipboard holds JSON that is not a readable Argumap map" + place
                    + ", so nothing was pasted.", e);
        } catch (IllegalArgumentException e) {
            throw new EditRefusedException("The map on the clipboard cannot be pasted: " + e.getMessage() + ".", e);
        }
    }

    /**
     * Control characters other than line breaks and tabs (or the replacement character a decoder
     * leaves for bytes that are not text) mean the "text" is something else read as text.
     */
    static boolean looksBinary(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                || c == 0x7f || c == '\uFFFD');
    }

    /** "1 statement", "3 statements". */
    static String statements(int count) {
        return count + (count == 1 ? " statement" : " statements");
    }
}
