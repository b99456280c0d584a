package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * Argdown's YAML through SnakeYAML Engine: the values the reader has always given, and the limits
 * that refuse YAML built to exhaust it, quickly and with the place in the Argdown file.
 */
class ArgdownYamlTest {
    private static final Path FILE = Path.of("yaml.argdown");
    /** Far more than any of these needs; a hang or an exponential expansion would pass it. */
    private static final Duration QUICKLY = Duration.ofSeconds(5);

    @Test
    void scalarsStayTextAndCollectionsKeepFlowStyle() throws Exception {
        ReadResult read = read("[A]: a {n: 1, yes: true, nothing: null, empty: , list: [x, 2], map: {b: [c]},"
                + " quoted: \"q \\u007B\", spaced: two   words}\n");
        assertEquals(Map.of("n", "1", "yes", "true", "nothing", "null", "empty", "", "list", "[x, 2]",
                "map", "{b: [c]}", "quoted", "q {", "spaced", "two words"), statement(read).content().data());
        assertEquals(List.of(), read.warnings());
    }

    @Test
    void readsDataInBlockStyleAndFrontMatterWithBlockScalars() throws Exception {
        ReadResult read = read("===\ntitle: A map\ndescription: |\n  first line\n  second line\nauthors:\n  - Ann\n"
                + "  - Bob\ndate: 2018-10-19\n===\n\n[A]: a {\n  kind: evidence\n  url: https://example.org/a:b\n"
                + "  tags: [x, y]\n}\n");
        assertEquals("A map", read.map().info().title());
        assertEquals("first line\nsecond line", read.map().info().description());
        assertEquals(List.of("Ann", "Bob"), read.map().info().authors());
        assertEquals("https://example.org/a:b", statement(read).content().url());
        assertEquals("[x, y]", statement(read).content().data().get("tags"));
    }

    @Test
    void aliasesWithinTheLimitsAreRead() throws Exception {
        ReadResult read = read("[A]: a {list: &l [x, y], again: *l}\n");
        assertEquals("[x, y]", statement(read).content().data().get("again"));
    }

    @Test
    void yamlWithAMistakeIsLeftOutWithTheLineOfTheMistake() throws Exception {
        ReadResult read = read("[A]: a\n\n[B]: b {\n  key: [1, 2\n  other: x\n}\n");
        assertEquals(2, read.map().statements().size());
        assertEquals(1, read.warnings().size(), read.warnings().toString());
        assertTrue(read.warnings().get(0).startsWith("line 5: {data} that is not YAML is left out ("),
                read.warnings().get(0));
    }

    @Test
    void anEscapeOfNoCharacterIsAMistakeNotAnError() throws Exception {
        ReadResult read = read("[A]: a {x: \"\\U0011FFFF\"}\n");
        assertTrue(statement(read).content().data().isEmpty());
        assertEquals(1, read.warnings().size(), read.warnings().toString());
    }

    @Test
    void billionLaughsAreRefusedAtTheAliasThatPassesTheLimit() {
        StringBuilder text = new StringBuilder("[A]: a\n\n[B]: b {l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]");
        for (int level = 1; level < 10; level++) {
            text.append(", l").append(level).append(": &l").append(level).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*l" + (level - 1)))).append(']');
        }
        text.append("}\n");
        String document = text.toString();
        // Aliases 1 to 20 are those of l1 and l2; the first of l3 is one too many.
        int column = document.indexOf("*l2") - document.indexOf("[B]") + 1;
        MapReadException error = refused(document);
        assertEquals(3, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
        assertTrue(error.getMessage().startsWith("yaml.argdown:3:" + column + ": This {data} is refused: it uses more than "
                + YamlReader.MAX_ALIASES + " aliases"), error.getMessage());
    }

    @Test
    void aliasesThatExpandBeyondTheLimitAreRefused() {
        String many = String.join(", ", Collections.nCopies(5_000, "x"));
        String again = String.join(", ", Collections.nCopies(19, "*m"));
        String document = "[A]: a {many: &m [" + many + "], again: [" + again + "]}\n";
        MapReadException error = refused(document);
        assertEquals(1, error.line(), error.getMessage());
        assertTrue(error.reason().contains("more than " + YamlReader.MAX_NODES + " values once its aliases are expanded"),
                error.getMessage());
    }

    @Test
    void anAliasOfACollectionThatHoldsItIsRefused() {
        MapReadException error = refused("[A]: a {loop: &l [x, *l]}\n");
        assertEquals(1, error.line(), error.getMessage());
        assertEquals("[A]: a {loop: &l [x, ".length() + 1, error.column(), error.getMessage());
    }

    @Test
    void nestingUpToTheLimitIsReadAndDeeperIsRefused() throws Exception {
        int inside = YamlReader.MAX_DEPTH - 1;
        ReadResult read = read("[A]: a {deep: " + "[".repeat(inside) + "x" + "]".repeat(inside) + "}\n");
        assertEquals("[".repeat(inside) + "x" + "]".repeat(inside), statement(read).content().data().get("deep"));

        String prefix = "[A]: a\n\n[B]: b {deep: ";
        MapReadException error = refused(prefix + "[".repeat(5_000) + "]".repeat(5_000) + "}\n");
        assertEquals(3, error.line(), error.getMessage());
        // The mapping is the first level, so the sequence that opens level 65 is refused.
        assertEquals("[B]: b {deep: ".length() + inside + 1, error.column(), error.getMessage());
        assertTrue(error.reason().contains("nested more than " + YamlReader.MAX_DEPTH + " levels deep"), error.getMessage());
    }

    @Test
    void yamlBeyondTheSizeLimitIsRefusedBeforeItIsParsed() {
        String huge = "text: \"" + "x".repeat(YamlReader.MAX_CODE_POINTS) + "\"";
        YamlReader.YamlException error = assertTimeoutPreemptively(QUICKLY,
                () -> assertThrows(YamlReader.YamlException.class, () -> YamlReader.parseData(huge)));
        assertTrue(error.limit);
        assertEquals("it is longer than " + YamlReader.MAX_CODE_POINTS + " characters", error.getMessage());
    }

    /** The lexer takes no {data} longer than this, so such a brace stays text, as it always has. */
    @Test
    void dataLongerThanTheLexerTakesIsText() throws Exception {
        String text = "{text: " + "x".repeat(TokenMatcher.MAX_DATA_LENGTH) + "}";
        ReadResult read = assertTimeoutPreemptively(QUICKLY, () -> read("[A]: a " + text + "\n"));
        assertTrue(statement(read).content().data().isEmpty());
        assertTrue(statement(read).text().endsWith("x}"), statement(read).text().substring(0, 20));
    }

    @Test
    void frontMatterBeyondTheLimitsIsRefused() {
        MapReadException error = refused("===\ntitle: t\nlong: " + "x".repeat(YamlReader.MAX_CODE_POINTS) + "\n===\n[A]: a\n");
        assertEquals(2, error.line(), error.getMessage());
        assertTrue(error.reason().startsWith("The front matter is refused: it is longer than"), error.getMessage());

        MapReadException deep = refused("===\ntitle: t\nlist: " + "[".repeat(200) + "\n===\n[A]: a\n");
        assertEquals(3, deep.line(), deep.getMessage());
        assertTrue(deep.reason().contains("nested more than"), deep.getMessage());
    }

    private static MapReadException refused(String document) {
        return assertTimeoutPreemptively(QUICKLY, () -> assertThrows(MapReadException.class, () -> read(document)));
    }

    private static Statement statement(ReadResult read) {
        return read.map().statements().get(0);
    }

    private static ReadResult read(String text) throws MapReadException {
        return ArgdownFormat.READER.read(text.getBytes(StandardCharsets.UTF_8), FILE);
    }
}
