package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Inference;
import org.argumap.model.MapAssertions;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * The streaming reader reads a file exactly as the full reader (databind over the file's tree)
 * does: the same map, the same warnings at the same lines, and for a broken file the same message at
 * the same place (it hands broken files to the full reader). Files are written by Argumap, then
 * dressed as other programs and hand edits leave them (version 1, one line, unknown fields
 * anywhere, nulls, parts in another order) and broken, by hand-picked mistakes and by random edits.
 */
class StreamingReaderProperties {
    private static final Path NAME = Path.of("map.argumap.json");

    @Property(tries = 300)
    void readsAsTheFullReaderReads(@ForAll("dressedFiles") String file) {
        assertEquals(outcome(() -> fullRead(file)), outcome(() -> read(file)));
    }

    @Property(tries = 300)
    void refusesABrokenFileAsTheFullReaderDoes(@ForAll("dressedFiles") String file, @ForAll("breakages") Breakage breakage,
                                               @ForAll("occurrence") int occurrence) {
        String broken = breakage.apply(file, occurrence);
        assertEquals(outcome(() -> fullRead(broken)), outcome(() -> read(broken)));
    }

    @Property(tries = 300)
    void readsARandomlyEditedFileAsTheFullReaderDoes(@ForAll("dressedFiles") String file, @ForAll("edits") Edit edit) {
        String edited = edit.apply(file);
        assertEquals(outcome(() -> fullRead(edited)), outcome(() -> read(edited)));
    }

    /** The common case must not quietly fall back to the full reader, which costs seconds on a large map. */
    @Property(tries = 200)
    void streamsEveryFileArgumapWrites(@ForAll("plainFiles") String file) {
        assertNotNull(new StreamingMapReader(file.getBytes(StandardCharsets.UTF_8)).read(), file);
    }

    @Example
    void placesAnUnknownObjectAtTheTopLevelOnItsOwnLine() throws MapReadException {
        String file = "{\n  \"format\": \"argumap\",\n  \"extra\": {\"a\": [1, 2]},\n  \"version\": 2,\n"
                + "  \"statements\": [{\"id\": \"s1\", \"text\": \"t\"}]\n}\n";
        assertEquals(List.of("line 3: unknown field 'extra' ignored (written by another program or a newer Argumap?)"),
                read(file).warnings());
        assertEquals(read(file).warnings(), fullRead(file).warnings());
    }

    @Example
    void warnsOfUnknownFieldsOnOneLineInTheirOrder() throws MapReadException {
        String file = "{\"format\": \"argumap\", \"version\": 2, \"x\": 1, \"statements\": [{\"id\": \"s1\", \"text\": \"t\", "
                + "\"y\": 2}], \"z\": 3}";
        assertEquals(List.of("x", "y", "z"), read(file).warnings().stream().map(w -> w.replaceAll(".*field '(.)'.*", "$1")).toList());
        assertEquals(read(file).warnings(), fullRead(file).warnings());
    }

    @Example
    void theFilesKeptForTestsReadTheSameBothWays() throws IOException {
        for (Path folder : List.of(Path.of("src/test/resources/old-versions"), Path.of("src/test/resources/broken-maps"))) {
            try (var files = Files.list(folder)) {
                for (Path path : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                    String file = Files.readString(path);
                    assertEquals(outcome(() -> fullRead(file)), outcome(() -> read(file)), path.toString());
                }
            }
        }
    }

    // ---- files ----------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> plainFiles() {
        return Combinators.combine(GeneratedMaps.mapsWithJudgements(), Arbitraries.of(1, 2), Arbitraries.integers().between(0, 4))
                .as((map, version, unknown) -> withUnknownField(versioned(write(withEveryField(map)), version), unknown));
    }

    /** The fields the generated maps leave empty (notes, an inference's words and data), on some elements. */
    private static ArgumentMap withEveryField(ArgumentMap map) {
        List<Statement> statements = map.statements();
        for (int i = 0; i < statements.size(); i += 3) {
            Statement s = statements.get(i);
            map.updateStatement(s.id(), s.content().withNotes("Notes " + i + ": \"see\"\nbelow").withUrl("https://example.org/n"));
        }
        List<Inference> inferences = map.inferences();
        for (int i = 0; i < inferences.size(); i += 2) {
            Inference inference = inferences.get(i);
            map.updateInference(inference.id(), inference.content().withDescription("Because " + i).withAuthor("Cy")
                    .withData(Map.of("weight", String.valueOf(i), "by", "hand")));
        }
        return map;
    }

    @Provide
    Arbitrary<String> dressedFiles() {
        return Combinators.combine(plainFiles(), Arbitraries.of(Dress.class), Arbitraries.of(true, false))
                .as((file, dress, oneLine) -> {
                    String dressed = dress.apply(file);
                    return oneLine ? oneLine(dressed) : dressed;
                });
    }

    private static String write(ArgumentMap map) {
        return new ArgumapJsonFormat().writeToString(map);
    }

    private static String versioned(String file, int version) {
        return file.replaceFirst("\"version\": 2,", "\"version\": " + version + ",");
    }

    /** An unknown field at the top level, in a statement, an inference, a place or a step. */
    private static String withUnknownField(String file, int where) {
        return switch (where) {
            case 1 -> file.replaceFirst("\"format\": \"argumap\",", "\"format\": \"argumap\",\n  \"extra\": {\"a\": [1,\n 2]},");
            case 2 -> file.replaceFirst("\"statements\": \\[\n    \\{\n", "\"statements\": [\n    {\n      \"colour\": \"red\",\n");
            case 3 -> file.replaceFirst("\"target\": ", "\"weight\": [null, {}],\n      \"target\": ");
            case 4 -> file.replaceFirst("\"x\": ", "\"z\": 3, \"x\": ").replaceFirst("\"notes\": ", "\"pause\": true, \"notes\": ");
            default -> file;
        };
    }

    /** The same JSON on one line, as other programs write it. */
    private static String oneLine(String file) {
        try {
            return JsonMappers.mapper().readTree(file).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What other programs and hand edits do to a file that is still right. */
    enum Dress {
        AS_WRITTEN,
        /** Format and version last: the streaming reader needs them first, and hands the file on. */
        FORMAT_LAST,
        /** Inferences before statements: the same. */
        INFERENCES_FIRST,
        /** Nulls where databind reads them as absent or keeps them in lists. */
        NULLS,
        /** A place for a box the map does not have, and a source with an unknown field. */
        STRAY_PLACE;

        String apply(String file) {
            return switch (this) {
                case AS_WRITTEN -> file;
                case FORMAT_LAST -> reordered(file, "statements", "inferences", "layout", "presentation", "title", "format", "version");
                case INFERENCES_FIRST -> reordered(file, "format", "version", "inferences", "statements");
                case NULLS -> file.replaceFirst("\"title\": \"(?:[^\"\\\\]|\\\\.)*\"", "\"title\": null")
                        .replaceFirst("\"tags\": \\[", "\"tags\": [null, ")
                        .replaceFirst("\"kind\": \"claim\"", "\"kind\": \"claim\", \"date\": null")
                        .replaceFirst("\"data\": \\{", "\"data\": {\"n\": null, ");
                case STRAY_PLACE -> withSource(file.replaceFirst("\"layout\": \\{", "\"layout\": {\n    \"gone\": {\"x\": 1, \"y\": 2},"));
            };
        }

        /** A source with an unknown field, beside its url. */
        private static String withSource(String file) {
            return file.contains("\"source\": {") ? file.replaceFirst("\"source\": \\{", "\"source\": {\"by\": [1],")
                    : file.replaceFirst("\"version\": (\\d),", "\"version\": $1,\n  \"source\": {\"url\": \"u\", \"by\": 1},");
        }

        /** These top-level fields first, in this order, then the others. */
        private static String reordered(String file, String... first) {
            try {
                ObjectNode tree = (ObjectNode) JsonMappers.mapper().readTree(file);
                ObjectNode out = JsonMappers.mapper().createObjectNode();
                for (String name : first) {
                    if (tree.has(name)) {
                        out.set(name, tree.get(name));
                    }
                }
                for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (!out.has(field.getKey())) {
                        out.set(field.getKey(), field.getValue());
                    }
                }
                return JsonMappers.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Mistakes that the builder, the binding, the limits and the parser each find. */
    enum Breakage {
        UNKNOWN_KIND("\"kind\": \"claim\"", "\"kind\": \"opinion\""),
        NUMBER_FOR_TEXT("\"kind\": \"claim\"", "\"kind\": 7"),
        LIST_FOR_TEXT("\"kind\": \"claim\"", "\"kind\": [\"claim\"]"),
        RATING_OUT_OF_RANGE("\"kind\": \"claim\"", "\"kind\": \"claim\", \"rating\": 101"),
        FRACTIONAL_RATING("\"kind\": \"claim\"", "\"kind\": \"claim\", \"rating\": 50.5"),
        RATING_AS_TEXT("\"kind\": \"claim\"", "\"kind\": \"claim\", \"rating\": \"50\""),
        HUGE_RATING("\"kind\": \"claim\"", "\"kind\": \"claim\", \"rating\": 12345678901"),
        UNKNOWN_VERDICT("\"kind\": \"claim\"", "\"kind\": \"claim\", \"verdict\": \"maybe\""),
        DUPLICATE_ID("\"id\": \"s1\"", "\"id\": \"s0\""),
        BLANK_ID("\"id\": \"s", "\"id\": \" \", \"was\": \"s"),
        DUPLICATE_FIELD("\"kind\": \"claim\"", "\"kind\": \"claim\", \"kind\": \"claim\""),
        DANGLING_TARGET("\"target\": \"", "\"target\": \"nowhere"),
        NULL_TARGET("\"target\": \"", "\"target\": null, \"t\": \""),
        DANGLING_PREMISE("\"premises\": [", "\"premises\": [\"nowhere\", "),
        NULL_PREMISE("\"premises\": [", "\"premises\": [null, "),
        UNKNOWN_TYPE("\"type\": \"", "\"type\": \"because"),
        NULL_STATEMENT("\"statements\": [", "\"statements\": [null, "),
        NULL_INFERENCE("\"inferences\": [", "\"inferences\": [null, "),
        TEXT_FOR_PLACE("\"x\": ", "\"x\": \"1\", \"w\": "),
        MISSING_Y("\"y\": ", "\"w\": "),
        NULL_PLACE("\"layout\": {", "\"layout\": {\"s0\": null, "),
        NULL_STEP("\"steps\": [", "\"steps\": [null, "),
        STEP_OF_AN_INFERENCE("\"show\": [", "\"show\": [\"i0\", "),
        BAD_DATE("\"version\": ", "\"created\": \"yesterday\", \"version\": "),
        NEWER_VERSION("\"version\": ", "\"version\": 3, \"v\": "),
        VERSION_ZERO("\"version\": ", "\"version\": 0, \"v\": "),
        WRONG_FORMAT("\"format\": \"argumap\"", "\"format\": \"kialo\""),
        NO_FORMAT("\"format\": \"argumap\",", ""),
        LIST_FOR_STATEMENTS("\"statements\": [", "\"statements\": {}, \"s\": ["),
        BROKEN_SYNTAX("\"kind\": \"claim\"", "\"kind\": \"claim\" \"x\""),
        TRAILING_CONTENT("\n}", "\n}\n{}"),
        CUT_OFF("\"text\": ", "\"text\"");

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
            String broken = file.substring(0, at) + replacement + file.substring(at + found.length());
            return this == CUT_OFF ? broken.substring(0, at + replacement.length()) : broken;
        }
    }

    /** One random edit of one character, as a slip of the hand or a damaged file makes. */
    record Edit(double where, int kind, char character) {
        String apply(String file) {
            int at = (int) (where * file.length());
            return switch (kind) {
                case 0 -> file.substring(0, at) + file.substring(Math.min(file.length(), at + 1));
                case 1 -> file.substring(0, at) + character + file.substring(at);
                default -> file.substring(0, at) + character + file.substring(Math.min(file.length(), at + 1));
            };
        }
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 2),
                Arbitraries.of('{', '}', '[', ']', ',', ':', '"', '0', '-', '.', 'n', 'x', ' ', '\\', 'e'))
                .as(Edit::new);
    }

    @Provide
    Arbitrary<Breakage> breakages() {
        return Arbitraries.of(Breakage.class);
    }

    @Provide
    Arbitrary<Integer> occurrence() {
        return Arbitraries.integers().between(0, 50);
    }

    // ---- reading both ways ------------------------------------------------------------------------

    /** The message and place of the error, or what was read and the warnings. */
    private static List<String> outcome(Reading reading) {
        try {
            ReadResult result = reading.read();
            List<String> lines = new ArrayList<>(MapAssertions.describe(result.map()));
            lines.add(result.map().info().toString());
            lines.add(result.map().presentation().toString());
            lines.addAll(result.map().nodes().stream().map(MapNode::position).map(Objects::toString).toList());
            lines.addAll(result.warnings());
            return lines;
        } catch (MapReadException e) {
            return List.of(e.getMessage(), "line " + e.line(), "column " + e.column());
        }
    }

    private interface Reading {
        ReadResult read() throws MapReadException;
    }

    private static ReadResult read(String file) throws MapReadException {
        return new MapFileReader(file.getBytes(StandardCharsets.UTF_8), NAME).read();
    }

    private static ReadResult fullRead(String file) throws MapReadException {
        return MapFileReader.throughTree(file.getBytes(StandardCharsets.UTF_8), NAME).read();
    }
}
