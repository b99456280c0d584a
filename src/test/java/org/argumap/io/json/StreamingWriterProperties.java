package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.MapReadException;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Inference;
import org.argumap.model.MapInfo;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;

/**
 * The streaming writer of map files writes, byte for byte, what the databind writer it replaced
 * wrote ({@link DatabindMapFileWriter}): maps saved before and after the change diff as nothing in
 * Git, and a file read and saved unchanged stays the same file.
 */
class StreamingWriterProperties {
    private static final ArgumapJsonFormat FORMAT = new ArgumapJsonFormat();

    @Property(tries = 300)
    void generatedMapsAreWrittenAsBefore(@ForAll("maps") ArgumentMap map) {
        assertSameBytes(map, "a generated map");
    }

    @Property(tries = 50)
    void aSaveTakenBeforeFurtherEditsWritesTheMapAsItWasWhenTaken(@ForAll("maps") ArgumentMap map) throws Exception {
        byte[] before = DatabindMapFileWriter.toBytes(map);
        ArgumapJsonFormat.PreparedWrite prepared = FORMAT.prepareWrite(map);
        for (Statement statement : map.statements()) {
            map.updateStatement(statement.id(), statement.content().withNotes("changed after the save was taken"));
            map.moveTo(statement.id(), new Position(1, 2));
        }
        map.setInfo(map.info().withTitle("another title"));
        Path file = Files.createTempFile("streaming-writer", ".argumap.json");
        try {
            prepared.writeTo(file, org.argumap.io.Backups.NONE);
            assertArrayEquals(before, Files.readAllBytes(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Example
    void aGeneratedDebateIsWrittenAsBefore() {
        assertSameBytes(DebateMaps.debate(2000, 7), "a debate of 2,000 statements");
    }

    @Example
    void theDemoMapAndTheTestFilesAreWrittenAsBefore() throws IOException {
        int compared = 0;
        List<Path> files;
        try (Stream<Path> found = Stream.concat(Files.walk(Path.of("src/test/resources")),
                Stream.of(Path.of("assets/samples/apt31-thread.argumap.json")))) {
            files = found.filter(p -> p.toString().endsWith(".json")).toList();
        }
        for (Path file : files) {
            ArgumentMap map;
            try {
                map = FORMAT.read(file).map();
            } catch (MapReadException | RuntimeException notAMap) {
                continue;
            }
            assertSameBytes(map, file.toString());
            compared++;
        }
        // The demo map and the old versions; the broken maps are refused, the others are other formats.
        assertTrue(compared >= 3, "only " + compared + " files could be read");
    }

    private static void assertSameBytes(ArgumentMap map, String what) {
        byte[] expected = DatabindMapFileWriter.toBytes(map);
        byte[] actual = FORMAT.writeToString(map).getBytes(StandardCharsets.UTF_8);
        if (!java.util.Arrays.equals(expected, actual)) {
            // Shown as text, so that a failure says where the two differ.
            org.junit.jupiter.api.Assertions.assertEquals(new String(expected, StandardCharsets.UTF_8),
                    new String(actual, StandardCharsets.UTF_8), what);
        }
        assertArrayEquals(expected, actual, what);
    }

    /**
     * The generated maps with judgements and presentations, and some with what they lack: every
     * field of the file, a source, no authors, odd coordinates, data with several keys.
     */
    @Provide
    Arbitrary<ArgumentMap> maps() {
        return Combinators.combine(GeneratedMaps.mapsWithJudgements(), Arbitraries.integers().between(0, 3))
                .as((map, extra) -> extra == 0 ? map : withEverything(map, extra));
    }

    private static ArgumentMap withEverything(ArgumentMap map, int variant) {
        MapInfo info = map.info();
        map.setInfo(new MapInfo(info.title(), variant == 1 ? "" : "A description\nwith \"quotes\"",
                variant == 2 ? "" : "https://example.org/source?a=1&b=<2>", variant == 3 ? List.of() : info.authors(),
                info.created(), java.time.Instant.ofEpochMilli(1_765_000_000_123L * variant)));
        double[] odd = {0.0, -0.0, 1e15, -1e15, 1e15 - 1, 123456789.125, 1e-7, -3.5, 1e300, 0.1 + 0.2};
        int i = 0;
        for (MapNode node : map.nodes()) {
            if (i % 2 == 0) {
                map.moveTo(node.id(), new Position(odd[i % odd.length], odd[(i * 7 + variant) % odd.length]));
            }
            i++;
        }
        for (Statement statement : map.statements()) {
            map.updateStatement(statement.id(), statement.content().withNotes("N \u2028 \u00e9 \t" + variant)
                    .withData(Map.of("a", "1", "b", "\u0001", "\u00fc", "")));
        }
        for (Inference inference : map.inferences()) {
            map.updateInference(inference.id(), inference.content().withDescription("D").withAuthor("Cy")
                    .withData(Map.of("weight", "2")));
        }
        return map;
    }
}
