package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.argumap.io.ReadResult;
import org.argumap.io.argdown.ArgdownFiles.Document;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.MapAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips of the shared documents. Faithful means, in the words, that Argdown reads a
 * document imported and exported again to the same statements, arguments and relations as the
 * original; Argdown's readings of our exports were made at development time (see the README
 * beside the fixtures), so the export must still be exactly the text they were made from.
 */
class ArgdownRoundTripTest {

    static List<Document> documents() {
        return ArgdownFiles.roundTripped();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void argdownReadsTheExportAsTheOriginal(Document document) throws Exception {
        String name = document.name();
        String exported = export(document);
        String committed;
        try (var in = ArgdownFiles.resource("round-trip/" + name + ".argdown")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(committed, exported, "the writer's output changed: regenerate the round-trip fixtures"
                + " as src/test/resources/argdown/README.md says, and check that the test still passes");
        ArgdownSnapshot original;
        try (var in = document.oracle()) {
            original = ArgdownSnapshot.fromJson(in, true);
        }
        ArgdownSnapshot again;
        try (var in = ArgdownFiles.resource("round-trip/" + name + ".json")) {
            again = ArgdownSnapshot.fromJson(in, true);
        }
        assertEquals(String.join("\n", original.statements()), String.join("\n", again.statements()));
        assertEquals(String.join("\n", original.arguments()), String.join("\n", again.arguments()));
        assertEquals(String.join("\n", original.relations()), String.join("\n", again.relations()));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void importExportImportKeepsTheMap(Document document) throws Exception {
        ReadResult first = ArgdownFormat.READER.read(document.bytes(), document.path());
        String exported = ArgdownFormat.writeToString(first.map());
        ReadResult second = ArgdownFormat.READER.read(exported.getBytes(StandardCharsets.UTF_8), Path.of("export.argdown"));
        assertEquals(MapStructure.of(first.map()).describe(), MapStructure.of(second.map()).describe());
        assertEquals(first.map().info(), second.map().info());
        assertEquals(List.of(), second.warnings(), "an export reads without warnings");
        assertEquals(exported, ArgdownFormat.writeToString(first.map()), "the same map gives the same text");
    }

    @ParameterizedTest
    @MethodSource("documents")
    void theNativeFormatKeepsAnImportedMap(Document document) throws Exception {
        ReadResult read = ArgdownFormat.READER.read(document.bytes(), document.path());
        ArgumapJsonFormat json = new ArgumapJsonFormat();
        ReadResult again = json.read(json.writeToString(read.map()).getBytes(StandardCharsets.UTF_8), Path.of("m.argumap.json"));
        MapAssertions.assertSameMap(read.map(), again.map());
        assertEquals(ArgdownFormat.writeToString(read.map()), ArgdownFormat.writeToString(again.map()));
    }

    static String export(Document document) throws Exception {
        ReadResult read = ArgdownFormat.READER.read(document.bytes(), document.path());
        return ArgdownFormat.writeToString(read.map());
    }
}
