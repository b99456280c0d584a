package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import org.argumap.io.MapReadException;

/**
 * A JSON document as a Jackson tree that remembers where things stand, for formats that must be
 * read whole (AIF edges name nodes listed later; a thread's comments are placed by their parents).
 * A plain tree forgets its locations; this one is built in one streaming pass that notes the place
 * of every object and list, and of every field and list item of the shallow ones (AIF's nodes and
 * edges), so that errors and warnings can name a line and column without reading the file twice.
 * The pass is iterative: deep nesting costs no stack, and the bounded factory refuses nesting,
 * strings and numbers beyond its limits.
 */
public final class LocatedTree {
    /** Field places are kept for objects and lists down to this depth (root = 1; AIF.nodes[i] = 4). */
    private static final int FIELD_DEPTH = 4;
    private static final JsonFactory FACTORY = JsonMappers.boundedFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<JsonNode, Long> containerAt = new IdentityHashMap<>();
    private final Map<JsonNode, long[]> itemsAt = new IdentityHashMap<>();
    private final Path name;
    private JsonNode root;

    private LocatedTree(Path name) {
        this.name = name;
    }

    /** Parses the bytes; bad JSON is an error at its place. An input without any value has a null root. */
    public static LocatedTree parse(byte[] bytes, Path name) throws MapReadException {
        LocatedTree tree = new LocatedTree(name);
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(bytes);
            tree.root = tree.build(parser, name);
            return tree;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            throw new MapReadException(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    JsonErrorMessages.syntax(e), e);
        } catch (IOException e) {
            // Byte sequences that are no text in any Unicode encoding end up here (CharConversionException).
            JsonLocation at = parser == null ? null : parser.currentLocation();
            throw new MapReadException(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "The file is not readable text (UTF-8 expected): " + e.getMessage(), e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Reading from a byte array: nothing to release.
                }
            }
        }
    }

    /** The document's value, or null if the input held none (only white space). */
    public JsonNode root() {
        return root;
    }

    /** The one error type, at the place where this object or list begins. */
    public MapReadException error(JsonNode container, String reason) {
        Place place = at(container);
        return new MapReadException(name, place.line(), place.column(), reason);
    }

    /** Where an object or list begins; the start of the file if unknown. */
    public Place at(JsonNode container) {
        Long packed = containerAt.get(container);
        return packed == null ? Place.START : unpack(packed);
    }

    /** Where a field's value begins; where its object begins if that is not known. */
    public Place at(ObjectNode object, String field) {
        long[] places = itemsAt.get(object);
        if (places != null) {
            int i = 0;
            for (Iterator<String> names = object.fieldNames(); names.hasNext() && i < places.length; i++) {
                if (names.next().equals(field)) {
                    return unpack(places[i]);
                }
            }
        }
        return at(object);
    }

    /** Where a list item begins; where its list begins if that is not known. */
    public Place at(ArrayNode list, int index) {
        long[] places = itemsAt.get(list);
        return places != null && index < places.length ? unpack(places[index]) : at(list);
    }

    private JsonNode build(JsonParser parser, Path name) throws IOException, MapReadException {
        Deque<Frame> open = new ArrayDeque<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                open.peek().field = parser.currentName();
                continue;
            }
            if (token.isStructEnd()) {
                Frame done = open.pop();
                if (done.places != null) {
                    itemsAt.put(done.node, Arrays.copyOf(done.places, done.count));
                }
                if (open.isEmpty()) {
                    return requireEnd(parser, done.node, name);
                }
                continue;
            }
            long at = pack(parser.currentTokenLocation());
            JsonNode value = token == JsonToken.START_OBJECT ? NODES.objectNode()
                    : token == JsonToken.START_ARRAY ? NODES.arrayNode() : scalar(parser, token);
            if (!open.isEmpty()) {
                open.peek().add(value, at);
            }
            if (value.isContainerNode()) {
                containerAt.put(value, at);
                open.push(new Frame((ContainerNode<?>) value, open.size() + 1));
            } else if (open.isEmpty()) {
                return requireEnd(parser, value, name);
            }
        }
        return null;
    }

    private static JsonNode requireEnd(JsonParser parser, JsonNode value, Path name) throws IOException, MapReadException {
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new MapReadException(name, at.getLineNr(), at.getColumnNr(),
                    "There is more after the end of the document: the file holds a second JSON value.");
        }
        return value;
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> IntNode.valueOf(parser.getIntValue());
                case LONG -> LongNode.valueOf(parser.getLongValue());
                default -> BigIntegerNode.valueOf(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> DoubleNode.valueOf(parser.getDoubleValue());
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            default -> NullNode.getInstance();
        };
    }

    private static long pack(JsonLocation location) {
        return ((long) Math.max(0, location.getLineNr()) << 32) | (Math.max(0, location.getColumnNr()) & 0xffffffffL);
    }

    private static Place unpack(long packed) {
        return new Place((int) (packed >>> 32), (int) packed);
    }

    private static final class Frame {
        final ContainerNode<?> node;
        long[] places;
        int count;
        String field;

        Frame(ContainerNode<?> node, int depth) {
            this.node = node;
            this.places = depth <= FIELD_DEPTH ? new long[4] : null;
        }

        void add(JsonNode value, long at) {
            if (node instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) node).add(value);
            }
            if (places != null) {
                if (count == places.length) {
                    places = Arrays.copyOf(places, count * 2);
                }
                places[count++] = at;
            }
        }
    }
}
