package org.argumap.io.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.MapInfo;
import org.argumap.model.Position;
import org.argumap.model.Presentation;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;

/**
 * Writes a map file token by token with Jackson's streaming generator: the order of the fields and
 * the rule of leaving out what is empty (null, "", no elements) are those the file's DTOs declare
 * ({@link MapFileDto}, {@link StatementDto}, {@link InferenceDto}, {@link PositionDto},
 * {@link PresentationDto}), which the reader binds. No data binding is set up to write: a command
 * that converts one file pays neither for its introspection nor for its date formats.
 */
final class MapFileGenerator {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator out;

    private MapFileGenerator(JsonGenerator out) {
        this.out = out;
    }

    /** The file's bytes as UTF-8, ending with a line end. */
    static byte[] toBytes(WrittenMap map) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(64 * 1024)) {
            try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
                generator.setPrettyPrinter(JsonMappers.prettyPrinter());
                new MapFileGenerator(generator).map(map);
            }
            bytes.write('\n');
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a map could not be turned into JSON", e);
        }
    }

    private void map(WrittenMap map) throws IOException {
        MapInfo info = map.info();
        out.writeStartObject();
        out.writeStringField("format", ArgumapJsonFormat.FORMAT_NAME);
        out.writeNumberField("version", ArgumapJsonFormat.VERSION);
        text("title", info.title());
        text("description", info.description());
        if (!info.sourceUrl().isEmpty()) {
            out.writeObjectFieldStart("source");
            text("url", info.sourceUrl());
            out.writeEndObject();
        }
        list("authors", info.authors());
        instant("created", info.created());
        instant("modified", info.modified());
        if (map.statements().length > 0) {
            out.writeArrayFieldStart("statements");
            for (int i = 0; i < map.statements().length; i++) {
                statement(map.statementIds()[i], map.statements()[i]);
            }
            out.writeEndArray();
        }
        if (map.inferences().length > 0) {
            out.writeArrayFieldStart("inferences");
            for (int i = 0; i < map.inferences().length; i++) {
                inference(map.inferenceIds()[i], map.inferences()[i], map.premises()[i], map.targets()[i]);
            }
            out.writeEndArray();
        }
        if (map.placedCount() > 0) {
            out.writeObjectFieldStart("layout");
            for (int i = 0; i < map.placedCount(); i++) {
                out.writeFieldName(map.placedIds()[i]);
                position(map.places()[i]);
            }
            out.writeEndObject();
        }
        presentation(map.presentation());
        out.writeEndObject();
    }

    private void statement(String id, StatementContent c) throws IOException {
        out.writeStartObject();
        text("id", id);
        text("kind", FormatNames.of(c.kind()));
        text("title", c.title());
        text("text", c.text());
        text("author", c.author());
        list("tags", c.tags());
        text("notes", c.notes());
        text("url", c.url());
        text("quote", c.quote());
        text("date", c.date());
        if (c.verdict() != Verdict.OPEN) {
            text("verdict", FormatNames.of(c.verdict()));
        }
        if (c.rating() != StatementContent.UNRATED) {
            out.writeNumberField("rating", c.rating());
        }
        data(c.data());
        out.writeEndObject();
    }

    private void inference(String id, InferenceContent c, String[] premises, String target) throws IOException {
        out.writeStartObject();
        text("id", id);
        text("type", FormatNames.of(c.type()));
        if (c.flavour() != InferenceFlavour.DEFEASIBLE) {
            text("flavour", FormatNames.of(c.flavour()));
        }
        text("title", c.title());
        text("description", c.description());
        text("scheme", c.scheme());
        text("author", c.author());
        if (premises.length > 0) {
            out.writeArrayFieldStart("premises");
            for (String premise : premises) {
                out.writeString(premise);
            }
            out.writeEndArray();
        }
        text("target", target);
        if (c.strength() != InferenceContent.UNRATED) {
            out.writeNumberField("strength", c.strength());
        }
        data(c.data());
        out.writeEndObject();
    }

    /** Whole numbers without ".0", so that hand-edited files stay tidy (as {@link PositionDto}). */
    private void position(Position place) throws IOException {
        out.writeStartObject();
        out.writeFieldName("x");
        coordinate(place.x());
        out.writeFieldName("y");
        coordinate(place.y());
        out.writeEndObject();
    }

    private void coordinate(double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            out.writeNumber((long) v);
        } else {
            out.writeNumber(v);
        }
    }

    private void presentation(Presentation presentation) throws IOException {
        if (presentation.isEmpty()) {
            return;
        }
        out.writeObjectFieldStart("presentation");
        out.writeArrayFieldStart("steps");
        for (Presentation.Step step : presentation.steps()) {
            out.writeStartObject();
            list("show", step.shows());
            text("notes", step.notes());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void text(String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            out.writeStringField(name, value);
        }
    }

    private void instant(String name, Instant value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value.toString());
        }
    }

    private void list(String name, List<String> values) throws IOException {
        if (values != null && !values.isEmpty()) {
            out.writeArrayFieldStart(name);
            for (String value : values) {
                out.writeString(value);
            }
            out.writeEndArray();
        }
    }

    private void data(Map<String, String> data) throws IOException {
        if (data != null && !data.isEmpty()) {
            out.writeObjectFieldStart("data");
            for (Map.Entry<String, String> entry : data.entrySet()) {
                out.writeStringField(entry.getKey(), entry.getValue());
            }
            out.writeEndObject();
        }
    }
}
