package org.argumap.io.aif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/** Where the AIF test files are, and a format-independent picture of a map's argument structure. */
final class AifFiles {
    static final Path TESTDATA = ThirdPartyFiles.folder().resolve("aif");
    /** The real files, as ../shared/testdata/SOURCES.md lists them; tests ask {@link ThirdPartyFiles} before reading one. */
    static final Path AIFDB_NODESET = TESTDATA.resolve("arguebuf-python_6064-original.json");
    static final Path OVA_XAIF = TESTDATA.resolve("arguebuf-typescript_xaif.json");
    static final Path FIXTURES = Path.of("src/test/resources/aif");

    private AifFiles() {
    }

    static ReadResult read(Path file) throws IOException, MapReadException {
        return AifFormat.read(Files.readAllBytes(file), file);
    }

    static ReadResult read(String json) throws MapReadException {
        return AifFormat.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Path.of("test.aif.json"));
    }

    /** Every AIF file there is to test: the real ones that are at hand, then our fixtures. */
    static List<Path> allFiles() throws IOException {
        List<Path> real = ThirdPartyFiles.existing(List.of(AIFDB_NODESET, OVA_XAIF));
        try (Stream<Path> ours = Files.list(FIXTURES)) {
            return Stream.concat(real.stream(), ours.sorted()).filter(p -> p.toString().endsWith(".json")).toList();
        }
    }

    /**
     * The argument structure without ids and order: each statement as its text and author, each
     * inference as its type, scheme, premise texts and target (a statement's text, or the structure of
     * the inference it bears on), sorted.
     */
    static List<String> structure(ArgumentMap map) {
        Stream<String> statements = map.statements().stream().map(s -> "statement " + s.text() + " by " + s.author());
        Stream<String> inferences = map.inferences().stream().map(AifFiles::describe);
        return Stream.concat(statements, inferences).sorted().toList();
    }

    private static String describe(Inference inference) {
        String premises = inference.premises().stream().map(Statement::text).sorted().collect(Collectors.joining(" & "));
        return inference.type() + " '" + inference.content().scheme() + "' from [" + premises + "] to " + target(inference.target());
    }

    private static String target(MapNode node) {
        return node instanceof Statement s ? "'" + s.text() + "'" : "(" + describe((Inference) node) + ")";
    }
}
