package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fields of a map file that this version does not know: kept out of the map and reported, never
 * fatal, so that optional additions need no new version. Every reader meets them here and nowhere
 * else, which is where keeping their values through a save (issue 16) belongs.
 */
final class UnknownFields {
    private final List<Met> met = new ArrayList<>();

    /** The streaming reader's case: the parser stands on the field's value, which is skipped. */
    void meet(JsonParser parser, String name) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        add(new Place(at.getLineNr(), at.getColumnNr()), name);
        skipReadingTexts(parser);
    }

    /**
     * Skips the value, reading every text in it: the parser checks a text's length only as it reads
     * it, so a text skipped unread would slip past the limit that the full reader enforces.
     */
    private static void skipReadingTexts(JsonParser parser) throws IOException {
        int depth = 0;
        for (JsonToken token = parser.currentToken(); ; token = parser.nextToken()) {
            if (token == JsonToken.VALUE_STRING) {
                parser.getText();
            } else if (token.isStructStart()) {
                depth++;
            } else if (token.isStructEnd()) {
                depth--;
            }
            if (depth == 0) {
                return;
            }
        }
    }

    /** A field met elsewhere, at the place of its value. */
    void add(Place place, String name) {
        met.add(new Met(place, name));
    }

    void clear() {
        met.clear();
    }

    boolean isEmpty() {
        return met.isEmpty();
    }

    /** One warning a field, in the order of the file, whichever order the reader met them in. */
    List<String> warnings() {
        return met.stream().sorted(Comparator.comparing(Met::place))
                .map(f -> "line " + f.place().line() + ": unknown field '" + f.name()
                        + "' ignored (written by another program or a newer Argumap?)")
                .toList();
    }

    private record Met(Place place, String name) {
    }
}
