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
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.argumap.io.Limits;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;

/**
 * Reads one map file. The common case is one streaming pass straight into the DTOs (a 100,000
 * statement map is 30 MB, and a tree of it would cost time and memory). Only when that fails does
 * the reader look closer, building a tree to tell a newer format from a broken one and to say
 * what was found where. A file of an older version whose upgrade changes the shape is read once
 * more as a tree, upgraded in memory by {@link Migrations}, and bound from that tree (an upgrade
 * that only renumbers the version needs no second pass); the file itself is never written. Each
 * kind of error is located: JSON syntax by the parser, wrong types
 * through the path Jackson reports, broken map rules through the element being built.
 */
final class MapFileReader {
    private final byte[] bytes;
    private final Path name;
    private final List<UnknownField> unknownFields = new ArrayList<>();
    /** Upgrades every older version through the tree, even one that only renumbers: for tests. */
    private final boolean alwaysThroughTree;

    MapFileReader(byte[] bytes, Path name) {
        this(bytes, name, false);
    }

    private MapFileReader(byte[] bytes, Path name, boolean alwaysThroughTree) {
        this.bytes = bytes;
        this.name = name;
        this.alwaysThroughTree = alwaysThroughTree;
    }

    /** A reader that takes the tree path for every older version, to test the one-pass path against. */
    static MapFileReader throughTree(byte[] bytes, Path name) {
        return new MapFileReader(bytes, name, true);
    }

    ReadResult read() throws MapReadException {
        if (isBlank(bytes)) {
            throw new MapReadException(name, 1, 1, "The file is empty; a map file is a JSON object starting with '{'.");
        }
        MapFileDto dto = bind();
        if (dto == null) {
            // The document is the JSON literal null, which binds to no map at all (found by fuzzing).
            checkIsMap(tree());
        }
        checkFormatAndVersion(dto.format() == null ? null : TextNode.valueOf(dto.format()),
                dto.version() == null ? null : IntNode.valueOf(dto.version()));
        if (dto.version() < ArgumapJsonFormat.VERSION && (alwaysThroughTree || !unknownFields.isEmpty()
                || !Migrations.standard().onlyRenumbers(dto.version(), ArgumapJsonFormat.VERSION))) {
            // Only an upgrade that changes the shape needs the tree; one that renumbers is already
            // bound. Unknown fields are placed by the tree path as they always were in old files.
            dto = bindUpgraded(tree());
        }
        checkCount(dto.statements(), "statements", Limits.STANDARD.maxStatements());
        checkCount(dto.inferences(), "inferences", Limits.STANDARD.maxInferences());
        MapFileBuilder builder = new MapFileBuilder(this);
        ArgumentMap map = builder.build(dto);
        List<String> warnings = new ArrayList<>();
        // Jackson meets unknown fields of nested objects before those of the top level: sort by line.
        unknownFields.stream().sorted(Comparator.comparingInt(UnknownField::line))
                .forEach(f -> warnings.add("line " + f.line() + ": unknown field '" + f.name()
                        + "' ignored (written by another program or a newer Argumap?)"));
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

    /** An error at the place the pointer names. */
    MapReadException failAt(JsonPointer pointer, String reason) {
        int[] place = JsonLocator.locate(bytes, pointer);
        return new MapReadException(name, place[0], place[1], reason);
    }

    int lineOf(JsonPointer pointer) {
        return JsonLocator.locate(bytes, pointer)[0];
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
        unknownFields.clear();
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

    private record UnknownField(int line, String name) {
    }

    /** Fields this version does not know are kept out of the map but reported, never fatal. */
    private final class UnknownFieldCollector extends DeserializationProblemHandler {
        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            // Records are bound through a token buffer that forgets locations, so the field's line
            // is found from its path; unknown fields are rare, so the extra scan costs nothing usual.
            int line = p.currentTokenLocation().getLineNr();
            if (line < 1) {
                line = lineOf(p.getParsingContext().pathAsPointer());
            }
            unknownFields.add(new UnknownField(line, propertyName));
            p.skipChildren();
            return true;
        }
    }
}
