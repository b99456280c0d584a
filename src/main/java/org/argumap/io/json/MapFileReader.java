package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;

/**
 * Reads one map file in three steps, each with its own kind of error: JSON syntax (located by the
 * parser), the shape of the document (wrong types: located through the path Jackson reports), and
 * the map's rules (duplicate or dangling ids: located through the element being built).
 */
final class MapFileReader {
    private final byte[] bytes;
    private final Path name;
    private final List<JsonPointer> unknownFields = new ArrayList<>();

    MapFileReader(byte[] bytes, Path name) {
        this.bytes = bytes;
        this.name = name;
    }

    ReadResult read() throws MapReadException {
        JsonNode tree = parse();
        checkFormatAndVersion(tree);
        MapFileDto dto = bind(tree);
        MapFileBuilder builder = new MapFileBuilder(this);
        ArgumentMap map = builder.build(dto);
        List<String> warnings = new ArrayList<>();
        // Jackson meets unknown fields of nested objects before those of the top level: sort by line.
        unknownFields.stream()
                .map(field -> new UnknownField(lineOf(field), field.last().getMatchingProperty()))
                .sorted(Comparator.comparingInt(UnknownField::line))
                .forEach(f -> warnings.add("line " + f.line() + ": unknown field '" + f.name()
                        + "' ignored (written by another program or a newer Argumap?)"));
        warnings.addAll(builder.warnings());
        return new ReadResult(map, warnings);
    }

    private record UnknownField(int line, String name) {
    }

    /** An error at the place the pointer names. */
    MapReadException failAt(JsonPointer pointer, String reason) {
        int[] place = JsonLocator.locate(bytes, pointer);
        return new MapReadException(name, place[0], place[1], reason);
    }

    int lineOf(JsonPointer pointer) {
        return JsonLocator.locate(bytes, pointer)[0];
    }

    private JsonNode parse() throws MapReadException {
        if (isBlank(bytes)) {
            throw new MapReadException(name, 1, 1, "The file is empty; a map file is a JSON object starting with '{'.");
        }
        JsonParser parser = null;
        try {
            parser = JsonMappers.mapper().createParser(bytes);
            JsonNode tree = JsonMappers.mapper().readTree(parser);
            if (tree == null || !tree.isObject()) {
                throw new MapReadException(name, 1, 1,
                        "A map file is a JSON object { … }, but this file holds " + JsonErrorMessages.describe(tree) + ".");
            }
            return tree;
        } catch (JsonProcessingException e) {
            // Safety-limit errors carry no location of their own; the parser knows where it stopped.
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new MapReadException(name, line, column, JsonErrorMessages.syntax(e), e);
        } catch (IOException e) {
            throw new MapReadException(name, 0, 0, "The file could not be read: " + e.getMessage(), e);
        } finally {
            closeQuietly(parser);
        }
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // Reading from a byte array: nothing to release.
            }
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Before binding: a newer format may have another shape, which must be refused, not misread. */
    private void checkFormatAndVersion(JsonNode tree) throws MapReadException {
        JsonNode format = tree.get("format");
        if (format == null) {
            throw failAt(JsonPointer.empty(),
                    "This is not an Argumap map: the field \"format\": \"argumap\" is missing.");
        }
        if (!ArgumapJsonFormat.FORMAT_NAME.equals(format.asText()) || !format.isTextual()) {
            throw failAt(JsonPointer.compile("/format"),
                    "This is not an Argumap map: its format is " + format + ", not \"argumap\".");
        }
        JsonNode version = tree.get("version");
        if (version == null) {
            throw failAt(JsonPointer.empty(), "The field \"version\" is missing; this Argumap reads version "
                    + ArgumapJsonFormat.VERSION + ".");
        }
        if (!version.canConvertToInt() || !version.isIntegralNumber() || version.intValue() < 1) {
            throw failAt(JsonPointer.compile("/version"),
                    "The version should be a whole number such as " + ArgumapJsonFormat.VERSION + ", but is " + version + ".");
        }
        if (version.intValue() > ArgumapJsonFormat.VERSION) {
            throw failAt(JsonPointer.compile("/version"), "This map was saved in file format version "
                    + version.intValue() + " by a newer Argumap; this Argumap reads version " + ArgumapJsonFormat.VERSION
                    + " and older. Update Argumap to open it.");
        }
    }

    private MapFileDto bind(JsonNode tree) throws MapReadException {
        try {
            return JsonMappers.mapper().readerFor(MapFileDto.class)
                    .withHandler(new UnknownFieldCollector())
                    .readValue(tree);
        } catch (MismatchedInputException e) {
            JsonPointer pointer = pointerOf(e);
            throw failAt(pointer, JsonErrorMessages.mismatch(e, readable(pointer), tree.at(pointer)));
        } catch (JsonMappingException e) {
            throw failAt(pointerOf(e), "The map could not be read here: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MapReadException(name, 0, 0, "The file could not be read: " + e.getMessage(), e);
        }
    }

    private static JsonPointer pointerOf(JsonMappingException e) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer = ref.getFieldName() != null ? pointer.appendProperty(ref.getFieldName()) : pointer.appendIndex(ref.getIndex());
        }
        return pointer;
    }

    /** "/statements/2/text" as "statements[2].text", the form people know from programming tools. */
    static String readable(JsonPointer pointer) {
        StringBuilder out = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement() && p.getMatchingProperty().chars().allMatch(Character::isDigit)) {
                out.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(p.getMatchingProperty());
            }
        }
        return out.length() == 0 ? "The map" : "'" + out + "'";
    }

    /** Fields this version does not know are kept out of the map but reported, never fatal. */
    private final class UnknownFieldCollector extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            unknownFields.add(p.getParsingContext().pathAsPointer());
            p.skipChildren();
            return true;
        }
    }
}
