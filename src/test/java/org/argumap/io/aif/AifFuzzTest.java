package org.argumap.io.aif;

import static org.argumap.model.MapAssertions.assertSameMap;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.argumap.io.FuzzInputs;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Whatever the input, reading gives a map or one MapReadException with a place: never another
 * exception, never a hang. Inputs: random text, JSON-like token soup, the real files and fixtures
 * mutated, and random AIF graphs (which must also survive writing and reading again unchanged).
 */
class AifFuzzTest {
    private static final Path NAME = Path.of("fuzz.aif.json");
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"nodes\"", "\"edges\"",
            "\"nodeID\"", "\"type\"", "\"text\"", "\"scheme\"", "\"fromID\"", "\"toID\"", "\"AIF\"", "\"OVA\"", "\"x\"",
            "\"y\"", "\"locutions\"", "\"participants\"", "\"personID\"", "\"argumap\"", "\"I\"", "\"RA\"", "\"CA\"",
            "\"MA\"", "\"PA\"", "\"L\"", "\"YA\"", "\"TA\"", "\"1\"", "\"2\"", "1", "2", "-0.5e3", "1e999", "null", "true",
            "\"A : b\"", "\"<br>&amp;\"", " ", "\n");

    @Property(tries = 500)
    void randomText(@ForAll String text) {
        assertMapOrError(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void jsonLikeTokenSoup(@ForAll("soup") String text) {
        assertMapOrError(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(80).map(tokens -> String.join("", tokens));
    }

    @Property(tries = 1500)
    void mutatedFiles(@ForAll("files") byte[] original, @ForAll long seed,
                      @ForAll @IntRange(min = 1, max = 6) int mutations) {
        byte[] content = original;
        Random random = new Random(seed);
        for (int i = 0; i < mutations; i++) {
            content = FuzzInputs.mutate(content, random, TOKENS, 40);
        }
        assertMapOrError(content);
    }

    /** Random AIF graphs of every node type, shared ids, dangling edges, loops: read, write, read again. */
    @Property(tries = 700)
    void randomGraphsSurviveWritingAndReadingAgain(@ForAll long seed) {
        String json = RandomAif.graph(new Random(seed));
        assertTimeoutPreemptively(LIMIT, () -> {
            ReadResult first;
            try {
                first = AifFormat.read(json.getBytes(StandardCharsets.UTF_8), NAME);
            } catch (MapReadException e) {
                assertPlaced(e);
                return;
            }
            byte[] written = AifFormat.write(first.map(), true);
            ReadResult second = AifFormat.read(written, NAME);
            assertSameMap(first.map(), second.map());
            assertEquals(List.of(), second.warnings());
            assertArrayEquals(written, AifFormat.write(second.map(), true));
        }, () -> json);
    }

    /** Large, and ordered as badly as can be: a long chain of attacks on attacks, listed last one first. */
    @Test
    void largeFilesAreReadInReasonableTime() {
        StringBuilder json = new StringBuilder("{\"nodes\": [\n");
        StringBuilder edges = new StringBuilder();
        int statements = 20_000;
        int chain = 2_000;
        for (int i = 0; i < statements; i++) {
            json.append("{\"nodeID\": ").append(i).append(", \"type\": \"I\", \"text\": \"statement ").append(i).append("\"},\n");
        }
        for (int i = 1; i < statements; i++) {
            json.append("{\"nodeID\": \"r").append(i).append("\", \"type\": \"RA\", \"text\": \"Default Inference\"},\n");
            edges.append("{\"fromID\": ").append(i).append(", \"toID\": \"r").append(i).append("\"},\n");
            edges.append("{\"fromID\": \"r").append(i).append("\", \"toID\": ").append((i - 1) / 3).append("},\n");
        }
        for (int i = chain - 1; i >= 0; i--) {
            json.append("{\"nodeID\": \"c").append(i).append("\", \"type\": \"CA\", \"text\": \"Default Conflict\"},\n");
            edges.append("{\"fromID\": ").append(i).append(", \"toID\": \"c").append(i).append("\"},\n");
            edges.append("{\"fromID\": \"c").append(i).append("\", \"toID\": \"").append(i == 0 ? "r1" : "c" + (i - 1)).append("\"},\n");
        }
        json.setLength(json.length() - 2);
        edges.setLength(edges.length() - 2);
        json.append("],\n\"edges\": [\n").append(edges).append("]}\n");
        byte[] content = json.toString().getBytes(StandardCharsets.UTF_8);
        ReadResult result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> AifFormat.read(content, NAME));
        assertEquals(statements, result.map().statements().size());
        assertEquals(statements - 1 + chain, result.map().inferences().size());
        assertEquals("c1999", result.map().inferences().get(statements - 1).id(), "file order kept");
        assertEquals(List.of(), result.warnings());
    }

    private static void assertMapOrError(byte[] content) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                ReadResult result = AifFormat.read(content, NAME);
                assertTrue(result.warnings().stream().allMatch(w -> w.startsWith("line ")), result::toString);
                AifFormat.write(result.map(), true);
                AifFormat.write(result.map(), false);
            } catch (MapReadException e) {
                assertPlaced(e);
            }
        }, () -> new String(content, StandardCharsets.UTF_8));
    }

    private static void assertPlaced(MapReadException e) {
        FuzzInputs.assertPlaced(e, NAME);
    }

    /** The real files at hand and our fixtures, read once per property. */
    @Provide
    Arbitrary<byte[]> files() {
        try {
            List<byte[]> files = new ArrayList<>();
            for (Path file : AifFiles.allFiles()) {
                files.add(Files.readAllBytes(file));
            }
            return Arbitraries.of(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
