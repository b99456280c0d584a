package org.argumap.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import org.argumap.io.ReadResult;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapAssertions;
import org.argumap.model.MapInvariantException;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The one property every reader's fuzz test checks, on any bytes: the reader gives a map that keeps
 * the model's rules and that Argumap can save and open again unchanged, or it refuses the input with
 * a {@link MapReadException} naming the file and the place. Any other exception, a hang or running
 * out of memory is a finding. And where the seeds come from: the
 * repository's own files of the format and the real third-party files of ../shared/testdata that are
 * at hand (they stay outside the repository, see {@link ThirdPartyFiles}).
 */
final class ReaderFuzzing {
    private ReaderFuzzing() {
    }

    /**
     * Longer than any input here needs, so that reaching it means a hang. When fuzzing, libFuzzer
     * times each input itself (-timeout in pom.xml); a thread per input would only slow it down.
     */
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final boolean FUZZING = "1".equals(System.getenv("JAZZER_FUZZ"));

    static void readsOrRefusesClearly(MapReader reader, byte[] input) {
        if (FUZZING) {
            check(reader, input);
        } else {
            assertTimeoutPreemptively(LIMIT, () -> check(reader, input));
        }
    }

    private static void check(MapReader reader, byte[] input) {
        Path name = Path.of("fuzzed" + reader.extensions().get(0));
        ReadResult result;
        try {
            result = reader.read(input, name);
        } catch (MapReadException e) {
            assertEquals(name, e.file(), e::getMessage);
            assertNotNull(e.reason(), "a refusal says why");
            assertFalse(e.reason().isBlank(), "a refusal says why");
            assertTrue(e.getMessage().startsWith(name + ":" + e.line() + ":" + e.column() + ": "), e.getMessage());
            return;
        }
        assertNotNull(result.map());
        result.warnings().forEach(w -> assertFalse(w.isBlank(), "a blank warning"));
        assertKeepsTheRules(result.map());
        assertSavesAndOpensAgain(result.map());
    }

    /**
     * The map's rules, checked again from outside: every node is found by its id, the graph has an
     * edge per premise and per target, and the same map built afresh through the model's own checks
     * (statements, then each inference once its target is there) is accepted and argues the same.
     */
    static void assertKeepsTheRules(ArgumentMap map) {
        int edges = 0;
        for (MapNode node : map.nodes()) {
            assertSame(node, map.node(node.id()), () -> "the map does not find " + node.id() + " by its id");
        }
        for (Inference inference : map.inferences()) {
            edges += inference.premises().size() + 1;
        }
        assertEquals(map.size(), map.graph().vertexSet().size(), "nodes in the graph");
        assertEquals(edges, map.graph().edgeSet().size(), "edges in the graph");
        ArgumentMap copy = new ArgumentMap();
        try {
            for (Statement statement : map.statements()) {
                copy.addStatement(statement.id(), statement.content());
            }
            List<Inference> waiting = new ArrayList<>(map.inferences());
            while (!waiting.isEmpty()) {
                boolean added = false;
                for (Iterator<Inference> it = waiting.iterator(); it.hasNext(); ) {
                    Inference inference = it.next();
                    if (copy.contains(inference.target().id())) {
                        copy.addInference(inference.id(), inference.content(),
                                inference.premises().stream().map(MapNode::id).toList(), inference.target().id());
                        it.remove();
                        added = true;
                    }
                }
                if (!added) {
                    fail("inferences whose targets lead nowhere: " + waiting.stream().map(MapNode::id).toList());
                }
            }
            copy.setInfo(map.info());
            copy.setPresentation(map.presentation());
        } catch (MapInvariantException e) {
            fail("the reader gave a map that breaks the rule " + e.code() + ": " + e.getMessage(), e);
        }
        assertEquals(MapAssertions.describeStructure(map), MapAssertions.describeStructure(copy));
    }

    /** Whatever a reader gives, the editor can save in its own format and open again, unchanged. */
    static void assertSavesAndOpensAgain(ArgumentMap map) {
        ArgumapJsonFormat format = new ArgumapJsonFormat();
        String written = format.writeToString(map);
        Path name = Path.of("saved" + ArgumapJsonFormat.EXTENSION);
        ReadResult again;
        try {
            again = format.read(written.getBytes(StandardCharsets.UTF_8), name);
        } catch (MapReadException e) {
            throw new AssertionError("a map that was read cannot be opened again once saved: " + e.getMessage(), e);
        }
        assertSameContent(map, again.map());
        assertEquals(written, format.writeToString(again.map()), "saving the map again gives the same file");
    }

    /**
     * The same info, statements (in order), inferences (in order) and presentation. The file keeps
     * statements and inferences in two lists, so how the two kinds interleave is not kept.
     */
    private static void assertSameContent(ArgumentMap expected, ArgumentMap actual) {
        assertEquals(expected.info(), actual.info(), "map info");
        assertEquals(describe(expected.statements()), describe(actual.statements()), "statements");
        assertEquals(describe(expected.inferences()), describe(actual.inferences()), "inferences");
        assertEquals(expected.presentation(), actual.presentation(), "presentation steps");
    }

    private static List<String> describe(List<? extends MapNode> nodes) {
        List<String> lines = new ArrayList<>();
        for (MapNode node : nodes) {
            lines.add(node instanceof Inference i
                    ? "inference " + i.id() + " " + i.content() + " premises " + i.premises().stream().map(MapNode::id).toList()
                    + " target " + i.target().id() + " at " + i.position()
                    : "statement " + node.id() + " " + ((Statement) node).content() + " at " + node.position());
        }
        return lines;
    }

    /** Seeds: the files of these folders of the repository (by name ending), then the third-party files at hand. */
    static Stream<Arguments> seeds(List<String> folders, String ending, List<String> thirdParty) {
        List<Path> files = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> list = Files.list(Path.of(folder))) {
                list.filter(p -> p.getFileName().toString().endsWith(ending)).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.addAll(ThirdPartyFiles.existing(thirdParty.stream().map(ThirdPartyFiles.folder()::resolve).toList()));
        return files.stream().map(file -> seed(file.getFileName().toString(), read(file)));
    }

    static Arguments seed(String name, byte[] content) {
        return Arguments.of(Named.of(name, content));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
