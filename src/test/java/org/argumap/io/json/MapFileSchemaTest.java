package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published schema describes exactly what Argumap writes, so other tools can rely on it. */
class MapFileSchemaTest {
    private static final JsonSchema SCHEMA = load("argumap-2.schema.json");
    private static final JsonSchema VERSION_1 = load("argumap-1.schema.json");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyBundledMapIsValid() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".json")).toList();
        }
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            assertEquals(Set.of(), SCHEMA.validate(json.readTree(sample.toFile())), sample.toString());
        }
    }

    /** As many maps as file-format.md promises are checked on every run: keep the two in step. */
    @Property(tries = 1000)
    void everyWrittenMapIsValid(@ForAll("maps") ArgumentMap map) throws IOException {
        JsonNode written = json.readTree(new ArgumapJsonFormat().writeToString(map));
        assertEquals(Set.of(), SCHEMA.validate(written));
    }

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.mapsWithJudgements();
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong-format", "newer-version", "wrong-type", "missing-id", "unknown-kind", "unknown-type",
            "missing-target", "bad-position", "bad-date", "null-step", "bad-step-notes", "unknown-verdict",
            "rating-out-of-range", "fractional-rating", "strength-as-text", "huge-strength"})
    void theSchemaRejectsWhatTheReaderRejects(String name) throws IOException {
        JsonNode broken = json.readTree(Path.of("src/test/resources/broken-maps", name + ".argumap.json").toFile());
        Set<ValidationMessage> problems = SCHEMA.validate(broken);
        assertFalse(problems.isEmpty(), name + " should not validate");
    }

    /** Version 1 stays described: the files the version-1 writer wrote fit its schema, and not the current one. */
    @ParameterizedTest
    @ValueSource(strings = {"judged-v1", "apt31-thread-v1"})
    void versionOneFilesFitTheVersionOneSchema(String name) throws IOException {
        JsonNode old = json.readTree(Path.of("src/test/resources/old-versions", name + ".argumap.json").toFile());
        assertEquals(Set.of(), VERSION_1.validate(old));
        assertFalse(SCHEMA.validate(old).isEmpty(), "the current schema names the current version");
    }

    @Test
    void theSchemaNamesTheVersionTheWriterWrites() throws IOException {
        JsonNode schema = json.readTree(Path.of("assets/schema/argumap-" + ArgumapJsonFormat.VERSION + ".schema.json").toFile());
        assertEquals(ArgumapJsonFormat.VERSION, schema.at("/properties/version/const").intValue());
    }

    private static JsonSchema load(String name) {
        try (InputStream in = Files.newInputStream(Path.of("assets/schema", name))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
