package org.argumap.io.json;

import static org.argumap.model.MapAssertions.assertSameMap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapFileRoundTripTest {
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();

    @Property(tries = 300)
    void readingWhatWasWrittenGivesTheSameMap(@ForAll("maps") ArgumentMap map) throws MapReadException {
        String written = format.writeToString(map);
        ReadResult read = format.read(written.getBytes(StandardCharsets.UTF_8), Path.of("generated.argumap.json"));
        assertSameMap(map, read.map());
        assertEquals(List.of(), read.warnings());
        assertEquals(written, format.writeToString(read.map()), "saving an unchanged map reproduces the file");
    }

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.mapsWithJudgements();
    }

    @Test
    void theBundledMapsSurviveLoadSaveLoadByteForByte(@TempDir Path folder) throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("assets/samples"))) {
            samples = files.filter(f -> f.toString().endsWith(ArgumapJsonFormat.EXTENSION)).sorted().toList();
        }
        assertFalse(samples.isEmpty(), "the demo map is bundled");
        for (Path sample : samples) {
            ReadResult first = format.read(sample);
            assertEquals(List.of(), first.warnings(), sample.toString());
            Path copy = folder.resolve(sample.getFileName());
            format.write(first.map(), copy);
            assertArrayEquals(Files.readAllBytes(sample), Files.readAllBytes(copy), sample + " saved unchanged is byte identical");
            assertSameMap(first.map(), format.read(copy).map());
        }
    }

    @Test
    void writesTheDocumentedShape() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Cats are better than dogs.").withTags(List.of("pets")));
        map.addStatement("s2", StatementContent.claim("Cats need less care."));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("s2"), "s1");
        map.moveTo("s1", new org.argumap.model.Position(120, -40.5));
        assertEquals("""
                {
                  "format": "argumap",
                  "version": 2,
                  "statements": [
                    {
                      "id": "s1",
                      "kind": "claim",
                      "text": "Cats are better than dogs.",
                      "tags": [
                        "pets"
                      ]
                    },
                    {
                      "id": "s2",
                      "kind": "claim",
                      "text": "Cats need less care."
                    }
                  ],
                  "inferences": [
                    {
                      "id": "i1",
                      "type": "support",
                      "premises": [
                        "s2"
                      ],
                      "target": "s1"
                    }
                  ],
                  "layout": {
                    "s1": {
                      "x": 120,
                      "y": -40.5
                    }
                  }
                }
                """, format.writeToString(map));
    }

    @Test
    void writesJudgementsOnlyWhereTheUserMadeThem() throws MapReadException {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Judged").withVerdict(Verdict.ACCEPTED).withRating(0));
        map.addStatement("s2", StatementContent.claim("Rejected").withVerdict(Verdict.REJECTED));
        map.addStatement("s3", StatementContent.claim("Open"));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT).withStrength(100), List.of("s2"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("s3"), "s1");
        String written = format.writeToString(map);
        assertTrue(written.contains("""
                      "text": "Judged",
                      "verdict": "accepted",
                      "rating": 0
                """), written);
        assertTrue(written.contains("""
                      "target": "s1",
                      "strength": 100
                """), written);
        assertEquals(2, count(written, "\"verdict\""));
        assertEquals(1, count(written, "\"rating\""));
        assertEquals(1, count(written, "\"strength\""));
        assertSameMap(map, format.read(written.getBytes(StandardCharsets.UTF_8), Path.of("judged.argumap.json")).map());
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    @Test
    void anUndercutListedBeforeItsTargetIsReadAndKeepsItsPlace() throws MapReadException {
        String file = """
                {
                  "format": "argumap",
                  "version": 1,
                  "statements": [
                    { "id": "c", "text": "claim" },
                    { "id": "r", "text": "reason" },
                    { "id": "u", "text": "undercutter" }
                  ],
                  "inferences": [
                    { "id": "cut", "type": "attack", "premises": ["u"], "target": "step" },
                    { "id": "step", "type": "support", "premises": ["r"], "target": "c" }
                  ]
                }
                """;
        ArgumentMap map = format.read(file.getBytes(StandardCharsets.UTF_8), Path.of("forward.argumap.json")).map();
        assertTrue(map.inference("cut").isUndercut());
        assertEquals(List.of("cut", "step"), map.inferences().stream().map(i -> i.id()).toList());
    }

    @Test
    void unknownFieldsAreIgnoredWithAWarningNamingTheLine() throws MapReadException {
        String file = "{\n \"format\": \"argumap\",\n \"version\": 1,\n \"colour\": \"blue\",\n"
                + " \"statements\": [ {\"id\": \"s1\", \"text\": \"t\",\n \"mood\": 3} ]\n}\n";
        ReadResult result = format.read(file.getBytes(StandardCharsets.UTF_8), Path.of("extra.argumap.json"));
        assertEquals(1, result.map().size());
        assertEquals(List.of(
                "line 4: unknown field 'colour' ignored (written by another program or a newer Argumap?)",
                "line 6: unknown field 'mood' ignored (written by another program or a newer Argumap?)"), result.warnings());
    }

    @Test
    void savingReplacesTheOldFileWholeAndLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path target = folder.resolve("map.argumap.json");
        Files.writeString(target, "x".repeat(100_000));
        ArgumentMap map = new ArgumentMap();
        map.addStatement(StatementContent.claim("short"));
        format.write(map, target);
        assertEquals(format.writeToString(map), Files.readString(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aFailedSaveLeavesNothingBehind(@TempDir Path folder) {
        Path target = folder.resolve("missing-folder").resolve("map.argumap.json");
        assertThrows(IOException.class, () -> format.write(new ArgumentMap(), target));
        assertFalse(Files.exists(target.getParent()));
    }
}
