package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line and column of a place in a JSON document named by a JSON Pointer. Used only on
 * the error path: the reader works on a tree (which has no locations) and, when something is wrong,
 * reads the bytes once more to tell the user where.
 */
final class JsonLocator {
    private JsonLocator() {
    }

    /** Line and column (from 1) of the value at {@code pointer}, or of the nearest enclosing value found. */
    static int[] locate(byte[] json, JsonPointer pointer) {
        int[] best = {1, 1};
        try (JsonParser parser = JsonMappers.mapper().getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonPointer here = parser.getParsingContext().pathAsPointer();
                if (here.equals(pointer)) {
                    return at(parser.currentTokenLocation());
                }
                if (isPrefix(here, pointer)) {
                    best = at(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            // The document was parsed before; failing now only costs precision, never the message.
        }
        return best;
    }

    /**
     * The places of several values in one pass: as {@link #locate} for each pointer, in the same
     * order, without reading the document once a pointer.
     */
    static int[][] locateAll(byte[] json, List<JsonPointer> pointers) {
        int[][] places = new int[pointers.size()][];
        Map<String, List<Integer>> wanted = new HashMap<>();
        for (int i = 0; i < pointers.size(); i++) {
            wanted.computeIfAbsent(pointers.get(i).toString(), k -> new ArrayList<>()).add(i);
        }
        try (JsonParser parser = JsonMappers.mapper().getFactory().createParser(json)) {
            JsonToken token;
            while (!wanted.isEmpty() && (token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                List<Integer> found = wanted.remove(parser.getParsingContext().pathAsPointer().toString());
                if (found != null) {
                    for (int i : found) {
                        places[i] = at(parser.currentTokenLocation());
                    }
                }
            }
        } catch (IOException e) {
            // As in locate: what is not found is placed one by one below.
        }
        for (int i = 0; i < places.length; i++) {
            if (places[i] == null) {
                places[i] = locate(json, pointers.get(i));
            }
        }
        return places;
    }

    private static boolean isPrefix(JsonPointer prefix, JsonPointer full) {
        String p = prefix.toString();
        String f = full.toString();
        return f.startsWith(p) && (f.length() == p.length() || f.charAt(p.length()) == '/');
    }

    private static int[] at(JsonLocation location) {
        return new int[] {location.getLineNr(), location.getColumnNr()};
    }
}
