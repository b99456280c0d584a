package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argumap.io.Limits;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;

/**
 * Reads one map file. The common case is one streaming pass straight into the model
 * ({@link StreamingMapReader}); a file it does not read in one pass is read the full way, here:
 * one pass of databind into the DTOs (a 100,000 statement map is 30 MB, and a tree of it would
 * cost time and memory). Only when that fails does
 * the reader look closer, building a tree to tell a newer format from a broken one and to say
 * what was found where. A file of an older version whose upgrade changes the shape is read once
 * more as a tree, upgraded in memory by {@link Migrations}, and bound from that tree (an upgrade
 * that only renumbers the version needs no second pass); the file itself is never written. Each
 * kind of error is located: JSON syntax by the parser, wrong types
 * through the path Jackson reports, broken map rules through the element being built.
 */
final class MapFileReader implements Places {
    private final byte[] bytes;
    private final Path name;
    /** Unknown fields met by databind, by the path of their value, placed in one pass once bound. */
    private final List<JsonPointer> unknownAt = new ArrayList<>();
    private final List<String> unknownNames = new ArrayList<>();
    /** Binds every version through the tree, never streaming: the reference for tests. */
    private final boolean alwaysThroughTree;

    MapFileReader(byte[] bytes, Path name) {
        this(bytes, name, false);
    }

    private MapFileReader(byte[] bytes, Path name, boolean alwaysThroughTree) {
        this.bytes = bytes;
        this.name = name;
        this.alwaysThroughTree = alwaysThroughTree;
    }

    /** A reader that binds every file from its tree, to test the streaming and one-pass paths against. */
    static MapFileReader throughTree(byte[] bytes, Path name) {
        return new MapFileReader(bytes, name, true);
    }

    ReadResult read() throws MapReadException {
        if (isBlank(bytes)) {
            throw new MapReadException(name, 1, 1, "The file is empty; a map file is a JSON object starting with '{'.");
        }
        if (!alwaysThroughTree) {
            ReadResult streamed = new StreamingMapReader(bytes).read();
            if (streamed != null) {
                return streamed;
            }
        }
        MapFileDto dto = bind();
        if (dto == null) {
            // The document is the JSON literal null, which binds to no map at all (found by fuzzing).
            checkIsMap(tree());
        }
        checkFormatAndVersion(dto.format() == null ? null : TextNode.valueOf(dto.format()),
                dto.version() == null ? null : IntNode.valueOf(dto.version()));
        if (alwaysThroughTree || dto.version() < ArgumapJsonFormat.VERSION
                && !Migrations.standard().onlyRenumbers(dto.version(), ArgumapJsonFormat.VERSION)) {
            // Only an upgrade that changes the shape needs the tree; one that renumbers is already bound.
            dto = bindUpgraded(tree());
        }
        checkCount(dto.statements(), "statements", Limits.STANDARD.maxStatements());
        checkCount(dto.inferences(), "inferences", Limits.STANDARD.maxInferences());
        MapFileBuilder builder = new MapFileBuilder(this);
        ArgumentMap map = builder.build(dto);
        List<String> warnings = new ArrayList<>(placedUnknownFields().warnings());
        warnings.addAll(builder.warnings());
        return new ReadResult(map, warnings);
    }

    /** Refused before the map is built, at the first element past the limit. */
    private void checkCount(List<?> elements, String field, int max) throws MapReadException {
        if (elements != null && elements.size() > max) {
            throw failAt(JsonPointer.compile("/" + field + "/" + max), "The file holds " + Limits.count(elements.size())
                    + " " + field + ", and Argumap opens maps of up to " + Limits.count(max) + " " + field
                    + " (limit of " + field + ").");
        }
    }

    @Override
    public MapReadException failAt(JsonPointer pointer, String reason) {
        int[] place = JsonLocator.locate(bytes, pointer);
        return new MapReadException(name, place[0], place[1], reason);
    }

    @Override
    public int lineOf(JsonPointer pointer) {
        return JsonLocator.locate(bytes, pointer)[0];
    }

    /**
     * Databind meets the unknown fields of the top level after those of the elements, and through
     * buffers that forget where they were: each is placed by the path of its value, all in one
     * pass over the bytes, the same place the streaming reader takes from its parser.
     */
    private UnknownFields placedUnknownFields() {
        UnknownFields fields = new UnknownFields();
        int[][] places = JsonLocator.locateAll(bytes, unknownAt);
        for (int i = 0; i < places.length; i++) {
            fields.add(new Place(places[i][0], places[i][1]), unknownNames.get(i));
        }
        return fields;
    }

    private MapFileDto bind() throws MapReadException {
        JsonParser parser = null;
        try {
            parser = JsonMappers.mapper().createParser(bytes);
            return JsonMappers.mapper().readerFor(MapFileDto.class)
                    .withHandler(new UnknownFieldCollector())
                    .readValue(parser);
        } catch (JsonMappingException e) {
            JsonNode tree = tree();
            checkIsMap(tree);
            if (tree.path("version").canConvertToInt() && tree.path("version").intValue() < ArgumapJsonFormat.VERSION) {
                // An older version may have a shape only its upgrade makes bindable.
                return bindUpgraded(tree);
            }
            throw explainShapeError(e, tree);
        } catch (JsonProcessingException e) {
            throw syntaxError(e, parser);
        } catch (IOException e) {
            throw new MapReadException(name, 0, 0, "The file could not be read: " + e.getMessage(), e);
        } finally {
            closeQuietly(parser);
        }
    }

    /**
     * Binds the tree of an older version after running every step of its upgrade, in memory only.
     * Pointers into the upgraded tree still locate errors in the file while steps keep its shape.
     */
    private MapFileDto bindUpgraded(JsonNode tree) throws MapReadException {
        ObjectNode upgraded = Migrations.standard().upgrade((ObjectNode) tree, ArgumapJsonFormat.VERSION);
        unknownAt.clear();
        unknownNames.clear();
        try {
            return JsonMappers.mapper().readerFor(MapFileDto.class)
                    .withHandler(new UnknownFieldCollector())
                    .readValue(upgraded);
        } catch (JsonMappingException e) {
            throw explainShapeError(e, upgraded);
        } catch (IOException e) {
            throw new MapReadException(name, 0, 0, "The file could not be read: " + e.getMessage(), e);
        }
    }

    private JsonNode tree() throws MapReadException {
        try {
            return JsonMappers.mapper().readTree(bytes);
        } catch (JsonProcessingException syntax) {
            throw syntaxError(syntax, null);
        } catch (IOException io) {
            throw new MapReadException(name, 0, 0, "The file could not be read: " + io.getMessage(), io);
        }
    }

    /** A newer version may legitimately have another shape, so format and version are checked first. */
    private void checkIsMap(JsonNode tree) throws MapReadException {
        if (tree == null || !tree.isObject()) {
            throw new MapReadException(name, 1, 1,
                    "A map file is a JSON object { … }, but this file holds " + JsonErrorMessages.describe(tree) + ".");
        }
        checkFormatAndVersion(tree.get("format"), tree.get("version"));
    }

    /** The document is JSON, an Argumap map of a version this reader knows, but not the shape of a map. */
    private MapReadException explainShapeError(JsonMappingException e, JsonNode tree) {
        JsonPointer pointer = pointerOf(e);
        JsonNode found = tree.at(pointer);
        if (found.isIntegralNumber() && !found.canConvertToInt() && isPercent(pointer)) {
            return failAt(pointer, readable(pointer) + " should be a whole number from 0 to 100, but is " + found + ".");
        }
        if (e instanceof MismatchedInputException mismatch) {
            return failAt(pointer, JsonErrorMessages.mismatch(mismatch, readable(pointer), tree.at(pointer)));
        }
        return failAt(pointer, "The map could not be read here: " + e.getOriginalMessage());
    }

    private MapReadException syntaxError(JsonProcessingException e, JsonParser parser) {
        // Safety-limit errors carry no location of their own; the parser knows where it stopped.
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new MapReadException(name, line, column, JsonErrorMessages.syntax(e), e);
    }

    /** A newer format may have another shape: refused, never misread. */
    private void checkFormatAndVersion(JsonNode format, JsonNode version) throws MapReadException {
        if (format == null) {
            throw failAt(JsonPointer.empty(),
                    "This is not an Argumap map: the field \"format\": \"argumap\" is missing.");
        }
        if (!format.isTextual() || !ArgumapJsonFormat.FORMAT_NAME.equals(format.asText())) {
            throw failAt(JsonPointer.compile("/format"),
                    "This is not an Argumap map: its format is " + format + ", not \"argumap\".");
        }
        if (version == null) {
            throw failAt(JsonPointer.empty(), "The field \"version\" is missing; this Argumap reads versions up to "
                    + ArgumapJsonFormat.VERSION + ".");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw failAt(JsonPointer.compile("/version"),
                    "The version should be a whole number such as " + ArgumapJsonFormat.VERSION + ", but is " + version + ".");
        }
        if (version.intValue() > ArgumapJsonFormat.VERSION) {
            throw failAt(JsonPointer.compile("/version"), "This map was saved in file format version "
                    + version.intValue() + " by a newer Argumap; this Argumap reads versions up to " + ArgumapJsonFormat.VERSION
                    + ". Update Argumap to open it.");
        }
    }

    /** The judgements' percentages: a number too big for Java is as wrong there as 101, and said alike. */
    private static boolean isPercent(JsonPointer pointer) {
        JsonPointer last = pointer.last();
        return last != null && (last.getMatchingProperty().equals("rating") || last.getMatchingProperty().equals("strength"));
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
                // Reading from a byte array: nothing to release.
            }
        }
    }

    /**
     * The path of an unknown field's value. A record's unknown fields mostly reach the handler
     * through a buffer, once their object has ended, and the buffer's own path is stale: the
     * file's parser then stands at the end of that object, whose path is the owner's.
     */
    private static JsonPointer pathOf(DeserializationContext ctxt, JsonParser p, String propertyName) {
        if (p == ctxt.getParser()) {
            JsonStreamContext here = p.getParsingContext();
            if (p.currentToken() != null && p.currentToken().isStructStart()) {
                here = here.getParent();
            }
            return here.pathAsPointer();
        }
        return ctxt.getParser().getParsingContext().pathAsPointer().appendProperty(propertyName);
    }

    /** Fields this version does not know are kept out of the map but reported ({@link UnknownFields}). */
    private final class UnknownFieldCollector extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            unknownAt.add(pathOf(ctxt, p, propertyName));
            unknownNames.add(propertyName);
            p.skipChildren();
            return true;
        }
    }
}
