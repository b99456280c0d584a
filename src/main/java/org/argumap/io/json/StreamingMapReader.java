package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.io.Limits;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;

/**
 * Reads a well-formed map file token by token straight into the model: no records of the whole
 * file, no tree, no databind, which a cold start pays for in class loading and compiling (a
 * 100,000-statement map is 30 MB). It reads what Argumap writes and whatever else has the same
 * shape, of the current version or an older one whose upgrade only renumbers.
 *
 * <p>It never says why a file is wrong. At anything out of the ordinary (bad JSON, a value of the
 * wrong type, a broken rule of the map, a limit, fields in an order that needs look-ahead, a version
 * whose upgrade changes the shape) it gives up, and {@link MapFileReader} reads the file the full
 * way, which finds and locates the problem as it always did. So a file it reads is read exactly as
 * the full reader reads it ({@code StreamingReaderProperties}), and it only has to be right about
 * files that are right.
 */
final class StreamingMapReader implements Places {
    private static final JsonFactory FACTORY = JsonMappers.boundedFactory();
    /** The order in which the parts of a map must come for one pass: each needs those before it. */
    private static final int STATEMENTS = 1;
    private static final int INFERENCES = 2;
    private static final int LAYOUT = 3;
    private static final int PRESENTATION = 4;

    private final byte[] bytes;
    private final MapFileBuilder builder = new MapFileBuilder(this);
    private final UnknownFields unknownFields = new UnknownFields();
    private final StatementHolder statement = new StatementHolder();
    private final InferenceHolder inference = new InferenceHolder();
    private int part;

    StreamingMapReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The map and its warnings, or null when the file needs the full reader. */
    ReadResult read() {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            return readMap(parser);
        } catch (IOException | MapReadException | RuntimeException needsFullReader) {
            // Bad JSON, a broken rule, a shape for databind to explain, or a surprise: the full
            // reader reads the file again and says what is wrong where, as before.
            return null;
        }
    }

    private ReadResult readMap(JsonParser p) throws IOException, MapReadException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw GiveUp.INSTANCE;
        }
        String format = null;
        Integer version = null;
        String title = null;
        String description = null;
        MapFileDto.SourceDto source = null;
        List<String> authors = null;
        String created = null;
        String modified = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "format" -> format = text(p, value);
                case "version" -> version = whole(p, value);
                case "title" -> title = text(p, value);
                case "description" -> description = text(p, value);
                case "source" -> source = source(p, value);
                case "authors" -> authors = texts(p, value);
                case "created" -> created = text(p, value);
                case "modified" -> modified = text(p, value);
                case "statements" -> {
                    enter(STATEMENTS, format, version);
                    statements(p, value);
                }
                case "inferences" -> {
                    enter(INFERENCES, format, version);
                    inferences(p, value);
                }
                case "layout" -> {
                    enter(LAYOUT, format, version);
                    layout(p, value);
                }
                case "presentation" -> {
                    enter(PRESENTATION, format, version);
                    builder.setPresentation(presentation(p, value));
                }
                default -> unknownFields.meet(p, field);
            }
        }
        if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
            throw GiveUp.INSTANCE;
        }
        requireReadable(format, version);
        builder.setInfo(title, description, source, authors, created, modified);
        List<String> warnings = new ArrayList<>(unknownFields.warnings());
        warnings.addAll(builder.warnings());
        return new ReadResult(builder.map(), warnings);
    }

    /**
     * The parts of the map come in the order the writer writes them, after the format and version,
     * so that each is read knowing what it builds on; another order needs the full reader.
     */
    private void enter(int next, String format, Integer version) throws MapReadException {
        requireReadable(format, version);
        if (next <= part) {
            throw GiveUp.INSTANCE;
        }
        part = next;
    }

    /** An Argumap map of this version, or of an older one that binds as this one once renumbered. */
    private static void requireReadable(String format, Integer version) {
        if (!ArgumapJsonFormat.FORMAT_NAME.equals(format) || version == null || version < 1
                || version > ArgumapJsonFormat.VERSION
                || !Migrations.standard().onlyRenumbers(version, ArgumapJsonFormat.VERSION)) {
            throw GiveUp.INSTANCE;
        }
    }

    private void statements(JsonParser p, JsonToken start) throws IOException, MapReadException {
        if (start == JsonToken.VALUE_NULL) {
            return;
        }
        requireStart(start, JsonToken.START_ARRAY);
        int max = Limits.STANDARD.maxStatements();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            requireStart(p.currentToken(), JsonToken.START_OBJECT);
            if (i == max) {
                throw GiveUp.INSTANCE;
            }
            statement.clear();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                StatementHolder s = statement;
                switch (field) {
                    case "id" -> s.id = text(p, value);
                    case "kind" -> s.kind = text(p, value);
                    case "title" -> s.title = text(p, value);
                    case "text" -> s.text = text(p, value);
                    case "author" -> s.author = text(p, value);
                    case "tags" -> s.tags = texts(p, value);
                    case "notes" -> s.notes = text(p, value);
                    case "url" -> s.url = text(p, value);
                    case "quote" -> s.quote = text(p, value);
                    case "date" -> s.date = text(p, value);
                    case "verdict" -> s.verdict = text(p, value);
                    case "rating" -> s.rating = whole(p, value);
                    case "data" -> s.data = data(p, value);
                    default -> unknownFields.meet(p, field);
                }
            }
            builder.addStatement(statement, new MapFileBuilder.At("statements", i));
        }
    }

    private void inferences(JsonParser p, JsonToken start) throws IOException, MapReadException {
        if (start == JsonToken.VALUE_NULL) {
            return;
        }
        requireStart(start, JsonToken.START_ARRAY);
        int max = Limits.STANDARD.maxInferences();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            requireStart(p.currentToken(), JsonToken.START_OBJECT);
            if (i == max) {
                throw GiveUp.INSTANCE;
            }
            inference.clear();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                InferenceHolder f = inference;
                switch (field) {
                    case "id" -> f.id = text(p, value);
                    case "type" -> f.type = text(p, value);
                    case "flavour" -> f.flavour = text(p, value);
                    case "title" -> f.title = text(p, value);
                    case "description" -> f.description = text(p, value);
                    case "scheme" -> f.scheme = text(p, value);
                    case "author" -> f.author = text(p, value);
                    case "premises" -> f.premises = texts(p, value);
                    case "target" -> f.target = text(p, value);
                    case "strength" -> f.strength = whole(p, value);
                    case "data" -> f.data = data(p, value);
                    default -> unknownFields.meet(p, field);
                }
            }
            builder.addInferenceAsMet(inference);
        }
        builder.finishInferences();
    }

    private void layout(JsonParser p, JsonToken start) throws IOException, MapReadException {
        if (start == JsonToken.VALUE_NULL) {
            return;
        }
        requireStart(start, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            JsonToken value = p.nextToken();
            // The place is asked of the parser only for the warning about a box that is not in the map.
            int line = builder.map().contains(id) ? 0 : p.currentTokenLocation().getLineNr();
            PositionDto position = null;
            if (value != JsonToken.VALUE_NULL) {
                requireStart(value, JsonToken.START_OBJECT);
                Double x = null;
                Double y = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken number = p.nextToken();
                    switch (field) {
                        case "x" -> x = number(p, number);
                        case "y" -> y = number(p, number);
                        default -> unknownFields.meet(p, field);
                    }
                }
                position = new PositionDto(x, y);
            }
            builder.placeBox(id, position, () -> line);
        }
    }

    private PresentationDto presentation(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        requireStart(start, JsonToken.START_OBJECT);
        List<PresentationDto.StepDto> steps = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("steps")) {
                steps = steps(p, value);
            } else {
                unknownFields.meet(p, field);
            }
        }
        return new PresentationDto(steps);
    }

    private List<PresentationDto.StepDto> steps(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        requireStart(start, JsonToken.START_ARRAY);
        List<PresentationDto.StepDto> steps = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                steps.add(null);
                continue;
            }
            requireStart(p.currentToken(), JsonToken.START_OBJECT);
            List<String> show = null;
            String notes = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "show" -> show = texts(p, value);
                    case "notes" -> notes = text(p, value);
                    default -> unknownFields.meet(p, field);
                }
            }
            steps.add(new PresentationDto.StepDto(show, notes));
        }
        return steps;
    }

    private MapFileDto.SourceDto source(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        requireStart(start, JsonToken.START_OBJECT);
        String url = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("url")) {
                url = text(p, value);
            } else {
                unknownFields.meet(p, field);
            }
        }
        return new MapFileDto.SourceDto(url);
    }

    // ---- values, taken only in the shapes databind takes without a word of its own -------------

    /** Text, or null; numbers and true/false are refused where text belongs, as the mapper refuses them. */
    private static String text(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw GiveUp.INSTANCE;
    }

    /** A whole number that fits an int, or null: no fractions, no text, as the mapper is set. */
    private static Integer whole(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw GiveUp.INSTANCE;
    }

    private static Double number(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            double value = p.getDoubleValue();
            if (Double.isFinite(value)) {
                return value;
            }
            throw GiveUp.INSTANCE;
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw GiveUp.INSTANCE;
    }

    /** A list of texts (nulls kept, as databind keeps them), or null. */
    private static List<String> texts(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        requireStart(start, JsonToken.START_ARRAY);
        List<String> texts = new ArrayList<>();
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
            texts.add(text(p, token));
        }
        return texts;
    }

    /** Key/value texts in the file's order, or null. */
    private static Map<String, String> data(JsonParser p, JsonToken start) throws IOException {
        if (start == JsonToken.VALUE_NULL) {
            return null;
        }
        requireStart(start, JsonToken.START_OBJECT);
        Map<String, String> data = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            data.put(key, text(p, p.nextToken()));
        }
        return data;
    }

    private static void requireStart(JsonToken found, JsonToken expected) {
        if (found != expected) {
            throw GiveUp.INSTANCE;
        }
    }

    // ---- places: errors are only a sign to read the full way; warnings are real ----------------

    @Override
    public MapReadException failAt(JsonPointer pointer, String reason) {
        return new MapReadException(Path.of(""), 0, 0, reason);
    }

    @Override
    public int lineOf(JsonPointer pointer) {
        return JsonLocator.locate(bytes, pointer)[0];
    }

    /** The sign that this file needs the full reader; thrown often enough to skip its stack. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** One statement's fields, refilled for every statement of the file. */
    private static final class StatementHolder implements StatementFields {
        String id;
        String kind;
        String title;
        String text;
        String author;
        List<String> tags;
        String notes;
        String url;
        String quote;
        String date;
        String verdict;
        Integer rating;
        Map<String, String> data;

        void clear() {
            id = kind = title = text = author = notes = url = quote = date = verdict = null;
            tags = null;
            rating = null;
            data = null;
        }

        @Override public String id() { return id; }
        @Override public String kind() { return kind; }
        @Override public String title() { return title; }
        @Override public String text() { return text; }
        @Override public String author() { return author; }
        @Override public List<String> tags() { return tags; }
        @Override public String notes() { return notes; }
        @Override public String url() { return url; }
        @Override public String quote() { return quote; }
        @Override public String date() { return date; }
        @Override public String verdict() { return verdict; }
        @Override public Integer rating() { return rating; }
        @Override public Map<String, String> data() { return data; }
    }

    /** One inference's fields, refilled for every inference of the file. */
    private static final class InferenceHolder implements InferenceFields {
        String id;
        String type;
        String flavour;
        String title;
        String description;
        String scheme;
        String author;
        List<String> premises;
        String target;
        Integer strength;
        Map<String, String> data;

        void clear() {
            id = type = flavour = title = description = scheme = author = target = null;
            premises = null;
            strength = null;
            data = null;
        }

        @Override public String id() { return id; }
        @Override public String type() { return type; }
        @Override public String flavour() { return flavour; }
        @Override public String title() { return title; }
        @Override public String description() { return description; }
        @Override public String scheme() { return scheme; }
        @Override public String author() { return author; }
        @Override public List<String> premises() { return premises; }
        @Override public String target() { return target; }
        @Override public Integer strength() { return strength; }
        @Override public Map<String, String> data() { return data; }
    }
}
