package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.InputFiles;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInfo;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shared Argdown document imports without error, to the counts Argdown itself gives it. */
class ArgdownImportTest {

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of("argdown_argdown-primer", 17, 4, Map.of("support", 5L, "attack", 5L)),
                Arguments.of("argdown_greenspan-schefczyk_hardwrap", 36, 6, Map.of("support", 4L, "contradictory", 1L)),
                Arguments.of("argdown_semmelweis_betz", 32, 10, Map.of("contrary", 5L, "contradictory", 1L)));
    }

    @Test
    void everySharedDocumentIsCounted() {
        assertEquals(counts().map(a -> a.get()[0]).sorted().toList(),
                ArgdownFiles.sharedFolder().stream().map(ArgdownFiles::name).sorted().toList());
    }

    @ParameterizedTest
    @MethodSource("counts")
    void importsWithArgdownsCounts(String name, int statements, int arguments, Map<String, Long> relations) throws Exception {
        Path file = ThirdPartyFiles.require(ArgdownFiles.SHARED.resolve(name + ".argdown"));
        ReadResult read = InputFiles.read(file, ArgdownFormat.READER);
        ArgdownView view = new ArgdownView(read.map());
        assertEquals(statements, read.map().statements().size(), "statements");
        assertEquals(statements, view.statements.size(), "statements as Argdown sees them");
        assertEquals(arguments, view.arguments.size(), "arguments");
        assertEquals(new TreeMap<>(relations), relationCounts(view), "relations by type");

        ArgdownSnapshot oracle;
        try (var in = new ArgdownFiles.Document(name, file, "oracles").oracle()) {
            oracle = ArgdownSnapshot.fromJson(in, false);
        }
        assertEquals(oracle.statements().size(), statements);
        assertEquals(oracle.arguments().size(), arguments);
        for (var entry : relations.entrySet()) {
            assertEquals(oracle.relationsOfType(entry.getKey()), entry.getValue(), entry.getKey());
        }
        assertEquals(oracle.relations().size(), relations.values().stream().mapToLong(Long::longValue).sum());
    }

    static Map<String, Long> relationCounts(ArgdownView view) {
        Map<String, Long> counts = new TreeMap<>();
        view.relations.forEach(r -> counts.merge(view.argdownType(r), 1L, Long::sum));
        return counts;
    }

    @Test
    void thePrimerKeepsWhatTheMapCanHold() throws Exception {
        ReadResult read = InputFiles.read(shared("argdown_argdown-primer.argdown"), ArgdownFormat.READER);
        ArgumentMap map = read.map();
        assertEquals(List.of("line 32: [Statement 2] is defined again with another text; the map keeps the one on line 66,"
                + " as Argdown's map shows it"), read.warnings());
        Statement statement1 = byTitle(map, "Statement 1");
        assertEquals(List.of("Another tag"), statement1.tags());
        assertTrue(statement1.text().startsWith("Another statement (after a blank line), this time"), "hard wraps joined");
        assertFalse(statement1.text().contains("#"), "trailing tags are tags, not text");
        var argument1 = map.inferences().stream().filter(i -> i.content().title().equals("Argument 1")).findFirst().orElseThrow();
        assertEquals("Some inference rule: p .^. (p .->. q) .->. q", argument1.content().scheme());
        assertEquals(2, argument1.premises().size());
        assertEquals("[1, 2]", argument1.content().data().get("some_additional_data"));
        assertEquals("# :heart: Welcome to Argdown! :heart:\n## Argdown Basics\n### Argument reconstructions",
                argument1.content().data().get(DataKeys.SECTION));
        var yetAnother = map.inferences().stream().filter(i -> i.content().title().equals("Yet another argument"))
                .findFirst().orElseThrow();
        assertEquals(InferenceType.ATTACK, yetAnother.type());
        assertEquals("attack", yetAnother.content().data().get(DataKeys.RELATION), "an attack on an argument, not an undercut");
        assertEquals("#yet-another-tag", yetAnother.content().data().get(DataKeys.TAGS));
    }

    @Test
    void frontMatterBecomesTheMapsInfo() throws Exception {
        ReadResult read = InputFiles.read(shared("argdown_greenspan-schefczyk_hardwrap.argdown"),
                ArgdownFormat.READER);
        MapInfo info = read.map().info();
        assertEquals("Why the Fed didn't Intervene to Prevent the 2008 Financial Crisis", info.title());
        assertEquals("An Analysis of Alan Greenspan's Arguments", info.description());
        assertEquals(List.of("Michael Schefczyk (argument analysis)", "Gregor Betz (adaptation to Argdown)"), info.authors());
        assertEquals(List.of(
                "line 1: the date '19/10/2018' is not an ISO date such as 2018-10-19; it is not kept",
                "line 1: front matter settings for Argdown's own views are not kept: group, dot, color"), read.warnings());
    }

    @Test
    void strictModeMakesStatementRelationsStrict() throws Exception {
        ReadResult read = InputFiles.read(shared("argdown_semmelweis_betz.argdown"), ArgdownFormat.READER);
        long strict = read.map().inferences().stream().filter(i -> i.content().flavour() == InferenceFlavour.STRICT).count();
        long contradictory = read.map().inferences().stream()
                .filter(i -> i.content().flavour() == InferenceFlavour.CONTRADICTORY).count();
        assertEquals(5, strict);
        assertEquals(1, contradictory);
        assertTrue(new ArgdownView(read.map()).strict, "written back in strict mode");
    }

    @Test
    void readsFromTheRegistryEntry() throws Exception {
        assertEquals("argdown", ArgdownFormat.READER.name());
        assertEquals("Argdown", ArgdownFormat.READER.label());
        assertEquals(List.of(".argdown", ".ad"), ArgdownFormat.READER.extensions());
        assertEquals(ArgdownFormat.READER.extensions(), ArgdownFormat.WRITER.extensions());
        Path file = shared("argdown_argdown-primer.argdown");
        assertEquals(17, ArgdownFormat.READER.read(Files.readAllBytes(file), file).map().statements().size());
    }

    private static Path shared(String file) {
        return ThirdPartyFiles.require(ArgdownFiles.SHARED.resolve(file));
    }

    private static Statement byTitle(ArgumentMap map, String title) {
        return map.statements().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }
}
