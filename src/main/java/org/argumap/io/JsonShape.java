package org.argumap.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.argumap.io.json.JsonMappers;

/**
 * The outline of the start of a JSON document, for telling formats apart without reading them:
 * which paths occur ({@code post_view}, {@code comments[].comment}, {@code [].data.children[].kind};
 * {@code []} stands for every element of an array) and the first text, number or boolean at each.
 * Read with a streaming parser from a prefix of the file, so a truncated document (the prefix
 * ends mid-value) still has the outline of what came before.
 */
public final class JsonShape {
    /** Deeper paths tell no format apart; they are nested comments and the like. */
    private static final int MAX_DEPTH = 8;
    private static final int MAX_PATHS = 4_000;

    private final boolean array;
    private final Map<String, String> firstValues;

    private JsonShape(boolean array, Map<String, String> firstValues) {
        this.array = array;
        this.firstValues = firstValues;
    }

    /** The shape of the JSON these bytes begin with, or empty when they do not begin a JSON object or array. */
    public static Optional<JsonShape> of(byte[] content, int length) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonToken first = null;
        try (JsonParser parser = JsonMappers.boundedFactory().createParser(content, 0, length)) {
            first = parser.nextToken();
            if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            walk(parser, first, values);
        } catch (IOException | RuntimeException e) {
            // The prefix ends mid-document, or the rest is broken: what was seen so far is the shape.
            if (values.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new JsonShape(first == JsonToken.START_ARRAY, values));
    }

    private static void walk(JsonParser parser, JsonToken first, Map<String, String> values) throws IOException {
        Deque<String> containers = new ArrayDeque<>();
        containers.push(first == JsonToken.START_ARRAY ? "[]" : "");
        values.put(containers.peek(), "");
        String field = null;
        for (JsonToken token = parser.nextToken(); token != null && !containers.isEmpty(); token = parser.nextToken()) {
            if (token == JsonToken.FIELD_NAME) {
                field = parser.currentName();
                continue;
            }
            String path = field == null ? containers.peek() : join(containers.peek(), field);
            field = null;
            boolean room = containers.size() <= MAX_DEPTH && values.size() < MAX_PATHS;
            if (token == JsonToken.START_OBJECT) {
                containers.push(path);
                if (room) {
                    values.putIfAbsent(path, "");
                }
            } else if (token == JsonToken.START_ARRAY) {
                containers.push(path + "[]");
                if (room) {
                    values.putIfAbsent(path, "");
                    values.putIfAbsent(path + "[]", "");
                }
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                containers.pop();
            } else if (room) {
                values.putIfAbsent(path, parser.getValueAsString(""));
            }
        }
    }

    private static String join(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** Whether the document is an array at the top; otherwise it is an object. */
    public boolean isArray() {
        return array;
    }

    /** Whether this path occurs: {@code "post_view"}, {@code "comments[].comment"}, {@code "[].kind"}. */
    public boolean has(String path) {
        return firstValues.containsKey(path);
    }

    /** The first scalar at this path, as text; empty when there is none (or the path holds objects). */
    public String value(String path) {
        String value = firstValues.get(path);
        return value == null ? "" : value;
    }
}
