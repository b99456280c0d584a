package org.argumap.io.aif;

import static org.argumap.model.MapAssertions.assertSameMap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapAssertions;
import org.argumap.model.MapInfo;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.argumap.io.json.LocatedTree;

/**
 * Maps through AIF and back. AIF → map → AIF → map gives the same map (ids, texts, authors, types,
 * premises, targets, schemes, places, description), with what the first reading could not keep
 * already gone; a map → AIF → map gives the map it started from, field for field, because what AIF
 * has no place for travels in Argumap's own fields.
 */
class AifRoundTripTest {
    private final ArgumapJsonFormat nativeFormat = new ArgumapJsonFormat();

    @Test
    void aifFilesSurviveAifToMapToAifToMap() throws Exception {
        for (Path file : AifFiles.allFiles()) {
            ArgumentMap first = AifFiles.read(file).map();
            byte[] written = AifFormat.write(first, true);
            ReadResult second = AifFormat.read(written, Path.of("again.aif.json"));
            assertSameMap(first, second.map());
            assertEquals(AifFiles.structure(first), AifFiles.structure(second.map()), file.toString());
            assertEquals(List.of(), second.warnings(), file + ": what the first reading left out is gone");
            assertArrayEquals(written, AifFormat.write(second.map(), true), file + ": writing is deterministic");
        }
    }

    @Test
    void aifFilesSurviveTheBareNodesetButForTheLayout() throws Exception {
        for (Path file : AifFiles.allFiles()) {
            ArgumentMap first = AifFiles.read(file).map();
            ReadResult second = AifFormat.read(AifFormat.write(first, false), Path.of("again.aifdb.json"));
            assertEquals(first.info(), second.map().info(), file.toString());
            assertEquals(withoutPlaces(first), withoutPlaces(second.map()), file.toString());
            assertEquals(List.of(), second.warnings(), file.toString());
        }
    }

    @Property(tries = 300)
    void mapsSurviveMapToAifToMap(@ForAll("maps") ArgumentMap map) throws MapReadException {
        byte[] written = AifFormat.write(map, true);
        ReadResult read = AifFormat.read(written, Path.of("generated.aif.json"));
        assertSameMap(map, read.map());
        assertEquals(List.of(), read.warnings());
        assertArrayEquals(written, AifFormat.write(read.map(), true), "writing what was read gives the same bytes");
    }

    @Property(tries = 100)
    void mapsSurviveTheBareNodesetButForTheLayout(@ForAll("maps") ArgumentMap map) throws MapReadException {
        ReadResult read = AifFormat.read(AifFormat.write(map, false), Path.of("generated.aifdb.json"));
        assertEquals(map.info(), read.map().info());
        assertEquals(withoutPlaces(map), withoutPlaces(read.map()));
        assertEquals(List.of(), read.warnings());
    }

    /** Native → AIF → native: the native file written before and after is the same, byte for byte. */
    @Property(tries = 100)
    void nativeFilesSurviveAGoThroughAif(@ForAll("maps") ArgumentMap map) throws MapReadException {
        String before = nativeFormat.writeToString(map);
        ArgumentMap start = nativeFormat.read(before.getBytes(StandardCharsets.UTF_8), Path.of("m.argumap.json")).map();
        ArgumentMap back = AifFormat.read(AifFormat.write(start, true), Path.of("m.aif.json")).map();
        assertEquals(before, nativeFormat.writeToString(back));
    }

    @Provide
    Arbitrary<ArgumentMap> maps() {
        return Combinators.combine(GeneratedMaps.maps(), Arbitraries.longs()).as(GeneratedMaps::withJudgements);
    }

    /** A plain map is plain AIF: no Argumap fields where AIF itself says it all. */
    @Test
    void writesPlainAifForAPlainMap() {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(MapInfo.EMPTY.withDescription("Cats & dogs\nat home").withAuthors(List.of("Ana Lyst")));
        map.addStatement("s1", StatementContent.claim("Cats are better than dogs.").withAuthor("Ada"));
        map.addStatement("s2", StatementContent.claim("Cats need less care."));
        map.addStatement("s3", StatementContent.claim("Cats scratch."));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT).withScheme("Argument From Consequences"),
                List.of("s2"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("s3"), "i1");
        map.moveTo("s1", new Position(120, -40.5));
        assertEquals("""
                {
                  "AIF": {
                    "nodes": [
                      {
                        "nodeID": "s1",
                        "text": "Cats are better than dogs.",
                        "type": "I"
                      },
                      {
                        "nodeID": "s2",
                        "text": "Cats need less care.",
                        "type": "I"
                      },
                      {
                        "nodeID": "s3",
                        "text": "Cats scratch.",
                        "type": "I"
                      },
                      {
                        "nodeID": "i1",
                        "text": "Argument From Consequences",
                        "type": "RA"
                      },
                      {
                        "nodeID": "i2",
                        "text": "Default Conflict",
                        "type": "CA"
                      },
                      {
                        "nodeID": "L-s1",
                        "text": "Ada: Cats are better than dogs.",
                        "type": "L"
                      },
                      {
                        "nodeID": "YA-s1",
                        "text": "Asserting",
                        "type": "YA"
                      }
                    ],
                    "edges": [
                      {
                        "edgeID": 1,
                        "fromID": "s2",
                        "toID": "i1"
                      },
                      {
                        "edgeID": 2,
                        "fromID": "i1",
                        "toID": "s1"
                      },
                      {
                        "edgeID": 3,
                        "fromID": "s3",
                        "toID": "i2"
                      },
                      {
                        "edgeID": 4,
                        "fromID": "i2",
                        "toID": "i1"
                      },
                      {
                        "edgeID": 5,
                        "fromID": "L-s1",
                        "toID": "YA-s1"
                      },
                      {
                        "edgeID": 6,
                        "fromID": "YA-s1",
                        "toID": "s1"
                      }
                    ],
                    "schemefulfillments": [ ],
                    "descriptorfulfillments": [ ],
                    "participants": [
                      {
                        "participantID": 1,
                        "firstname": "Ada",
                        "surname": ""
                      }
                    ],
                    "locutions": [
                      {
                        "nodeID": "L-s1",
                        "personID": 1
                      }
                    ]
                  },
                  "text": "Cats &amp; dogs<br>at home",
                  "OVA": {
                    "firstname": "Ana",
                    "surname": "Lyst",
                    "url": "",
                    "nodes": [
                      {
                        "nodeID": "s1",
                        "visible": true,
                        "x": 120,
                        "y": -40.5,
                        "timestamp": ""
                      }
                    ],
                    "edges": [ ]
                  }
                }
                """, new String(AifFormat.write(map, true), StandardCharsets.UTF_8));
    }

    /** What AIF cannot say goes into "argumap" fields, only there, and only as much as needed. */
    @Test
    void keepsWhatAifCannotSayInItsOwnFields() throws MapReadException {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(MapInfo.EMPTY.withTitle("Pets"));
        map.addStatement("e1", StatementContent.evidence("Study", "Cats sleep 15 hours.", "https://example.org/s")
                .withAuthor("Dr. Who: the Doctor"));
        map.addStatement("s1", StatementContent.claim("Cats are lazy."));
        map.addInference("i1", InferenceContent.of(InferenceType.REPLY), List.of("e1"), "s1");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT).withScheme("Reply"), List.of("e1"), "s1");
        String written = new String(AifFormat.write(map, false), StandardCharsets.UTF_8);
        assertEquals(List.of(
                "\"argumap\" : {\"kind\":\"evidence\",\"title\":\"Study\",\"author\":\"Dr. Who: the Doctor\",\"url\":\"https://example.org/s\"}",
                "\"argumap\" : {\"type\":\"support\",\"scheme\":\"Reply\"}",
                "\"argumap\" : {\"title\":\"Pets\"}"), ownFields(written));
        assertSameMap(map, AifFormat.read(written.getBytes(StandardCharsets.UTF_8), Path.of("x.aifdb.json")).map());
    }

    private static List<String> ownFields(String written) throws MapReadException {
        List<String> found = new java.util.ArrayList<>();
        var tree = LocatedTree.parse(written.getBytes(StandardCharsets.UTF_8), Path.of("x")).root();
        tree.findValues("argumap").forEach(v -> found.add("\"argumap\" : " + v));
        return found;
    }

    private static List<String> withoutPlaces(ArgumentMap map) {
        return MapAssertions.describe(map).stream().map(line -> line.replaceAll(" at (null|Position\\[[^\\]]*\\])$", "")).toList();
    }
}
