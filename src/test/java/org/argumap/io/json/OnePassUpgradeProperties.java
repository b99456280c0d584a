package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.MapAssertions;
import org.argumap.model.MapNode;

/**
 * A version-1 file is read in one pass, since its upgrade only renumbers the version; the reader
 * used to read it a second time as a tree, upgrade the tree and bind that. Both ways must read the
 * same map with the same warnings, and refuse a broken file with the same located message.
 */
class OnePassUpgradeProperties {
    private static final Path NAME = Path.of("old.argumap.json");

    @Provide
    Arbitrary<String> versionOneFiles() {
        return net.jqwik.api.Combinators.combine(GeneratedMaps.mapsWithJudgements(), Arbitraries.integers().between(0, 3))
                .as((map, unknown) -> {
                    String text = new ArgumapJsonFormat().writeToString(map).replaceFirst("\"version\": 2,", "\"version\": 1,");
                    if (unknown == 1) {
                        text = text.replaceFirst("\"format\": \"argumap\",", "\"format\": \"argumap\",\n  \"extra\": {\"a\": [1, 2]},");
                    } else if (unknown == 2) {
                        // An unknown field inside an element, whose warning names its line.
                        text = text.replaceFirst("\"statements\": \\[\n    \\{\n", "\"statements\": [\n    {\n      \"colour\": \"red\",\n");
                    }
                    return text;
                });
    }

    @Property(tries = 200)
    void readsTheSameMapAndWarningsAsTheTreePath(@ForAll("versionOneFiles") String file) throws MapReadException {
        assertSameReading(file);
    }

    @Property(tries = 200)
    void refusesABrokenFileWithTheSameMessage(@ForAll("versionOneFiles") String file,
                                              @ForAll("breakages") Breakage breakage,
                                              @ForAll("occurrence") int occurrence) {
        String broken = breakage.apply(file, occurrence);
        assertEquals(outcome(() -> readThroughTree(broken)), outcome(() -> read(broken)));
    }

    @Example
    void theVersionOneFilesKeptForTestsReadTheSameBothWays() throws IOException, MapReadException {
        for (String name : List.of("judged-v1", "apt31-thread-v1")) {
            assertSameReading(Files.readString(Path.of("src/test/resources/old-versions", name + ".argumap.json")));
        }
    }

    /** Ways to break a file that the builder, the binding and the parser each find. */
    enum Breakage {
        UNKNOWN_KIND("\"kind\": \"claim\"", "\"kind\": \"opinion\""),
        NUMBER_FOR_TEXT("\"kind\": \"claim\"", "\"kind\": 7"),
        RATING_OUT_OF_RANGE("\"kind\": \"claim\"", "\"kind\": \"claim\", \"rating\": 101"),
        UNKNOWN_VERDICT("\"kind\": \"claim\"", "\"kind\": \"claim\", \"verdict\": \"maybe\""),
        DUPLICATE_ID("\"id\": \"s1\"", "\"id\": \"s0\""),
        DANGLING_TARGET("\"target\": \"", "\"target\": \"nowhere"),
        BROKEN_SYNTAX("\"kind\": \"claim\"", "\"kind\": \"claim\" \"x\"");

        private final String found;
        private final String replacement;

        Breakage(String found, String replacement) {
            this.found = found;
            this.replacement = replacement;
        }

        /** Breaks the n-th occurrence (counted round), or appends a second document if there is none. */
        String apply(String file, int occurrence) {
            int count = (file.length() - file.replace(found, "").length()) / found.length();
            if (count == 0) {
                return file + "{}";
            }
            int at = -1;
            for (int i = 0; i <= occurrence % count; i++) {
                at = file.indexOf(found, at + 1);
            }
            return file.substring(0, at) + replacement + file.substring(at + found.length());
        }
    }

    @Provide
    Arbitrary<Breakage> breakages() {
        return Arbitraries.of(Breakage.class);
    }

    @Provide
    Arbitrary<Integer> occurrence() {
        return Arbitraries.integers().between(0, 50);
    }

    private static void assertSameReading(String file) throws MapReadException {
        ReadResult tree = readThroughTree(file);
        ReadResult onePass = read(file);
        MapAssertions.assertSameMap(tree.map(), onePass.map());
        assertEquals(positions(tree.map()), positions(onePass.map()));
        assertEquals(tree.warnings(), onePass.warnings());
    }

    /** The message and place of the error, or what was read and the warnings. */
    private static List<String> outcome(Reading reading) {
        try {
            ReadResult result = reading.read();
            List<String> lines = new java.util.ArrayList<>(MapAssertions.describe(result.map()));
            lines.add(result.map().info().toString());
            lines.add(result.map().presentation().toString());
            lines.addAll(positions(result.map()));
            lines.addAll(result.warnings());
            return lines;
        } catch (MapReadException e) {
            return List.of(e.getMessage(), "line " + e.line(), "column " + e.column());
        }
    }

    private interface Reading {
        ReadResult read() throws MapReadException;
    }

    private static List<String> positions(ArgumentMap map) {
        return map.nodes().stream().map(MapNode::position).map(Objects::toString).toList();
    }

    private static ReadResult read(String file) throws MapReadException {
        return new MapFileReader(file.getBytes(StandardCharsets.UTF_8), NAME).read();
    }

    private static ReadResult readThroughTree(String file) throws MapReadException {
        return MapFileReader.throughTree(file.getBytes(StandardCharsets.UTF_8), NAME).read();
    }
}
