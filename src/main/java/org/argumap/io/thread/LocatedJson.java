package org.argumap.io.thread;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import org.argumap.io.MapReadException;
import org.argumap.io.json.JsonMappers;

/**
 * A JSON document as a tree that remembers where each object and list began, so that warnings
 * and errors about a comment can name its line and column. Jackson's own trees forget locations;
 * building the tree here from the parser's tokens keeps them at the cost of one map entry per
 * object. Reading is bounded by {@link JsonMappers#boundedFactory()} (size, nesting, string
 * length), and a field named twice in one object is refused.
 */
final class LocatedJson {
    private static final JsonFactory FACTORY = JsonMappers.boundedFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Path file;
    private final Map<JsonNode, int[]> places = new IdentityHashMap<>();
    private JsonNode root;

    private LocatedJson(Path file) {
        this.file = file;
    }

    /** Parses {@code bytes}; {@code what} names the expected content for the empty-file message. */
    static LocatedJson parse(byte[] bytes, Path file, String what) throws MapReadException {
        if (isBlank(bytes)) {
            throw new MapReadException(file, 1, 1, "The file is empty; " + what + " is a JSON document.");
        }
        LocatedJson json = new LocatedJson(file);
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(bytes);
            json.root = json.value(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new MapReadException(file, at.getLineNr(), at.getColumnNr(),
                        "There is more after the end of the document: the file holds a second JSON value.");
            }
            return json;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            throw new MapReadException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    syntaxMessage(e), e);
        } catch (IOException e) {
            throw new MapReadException(file, 0, 0, "The file could not be read: " + e.getMessage(), e);
        } finally {
            closeQuietly(parser);
        }
    }

    JsonNode root() {
        return root;
    }

    /** "line 3, column 7" for an object or list of this document; "line 1" when unknown. */
    String place(JsonNode node) {
        int[] at = places.get(node);
        return at == null ? "line 1" : "line " + at[0] + ", column " + at[1];
    }

    /** Where this object or list begins, as a number that sorts in document order. */
    long position(JsonNode node) {
        int[] at = places.getOrDefault(node, new int[] {1, 1});
        return ((long) at[0] << 32) | (at[1] & 0xFFFFFFFFL);
    }

    /** The one error type, pointing at this object or list. */
    MapReadException error(JsonNode node, String reason) {
        int[] at = places.getOrDefault(node, new int[] {1, 1});
        return new MapReadException(file, at[0], at[1], reason);
    }

    private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseEndException(parser);
        }
        JsonLocation at = parser.currentTokenLocation();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                places.put(object, new int[] {at.getLineNr(), at.getColumnNr()});
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                places.put(array, new int[] {at.getLineNr(), at.getColumnNr()});
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(parser.getBigIntegerValue()) : NODES.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseEndException(parser);
        }
    }

    private static String syntaxMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return "The file exceeds a safety limit and was not read: "
                    + message.replaceAll("\\s*\\(?,? ?from `?StreamReadConstraints[^)]*\\)?", "").strip();
        }
        if (e instanceof JsonParseEndException || message.startsWith("Unexpected end-of-input")) {
            return "The file ends too early: a closing bracket or quote is missing (was the file cut off?).";
        }
        if (message.startsWith("Duplicate field")) {
            return message.replace("Duplicate field", "The same field appears twice in one object:");
        }
        int newline = message.indexOf('\n');
        return "This is not valid JSON: " + (newline < 0 ? message : message.substring(0, newline));
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // Parsing a byte array: nothing to release.
            }
        }
    }

    /** The tokens stopped where a value was due: the document is cut off. */
    private static final class JsonParseEndException extends JsonProcessingException {
        private static final long serialVersionUID = 1L;

        JsonParseEndException(JsonParser parser) {
            super("Unexpected end-of-input", parser.currentLocation());
        }
    }
}
