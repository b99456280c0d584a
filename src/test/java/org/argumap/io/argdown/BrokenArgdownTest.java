package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.InferenceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed Argdown: one located error where nothing sensible can be read, and a map with
 * warnings where Argdown itself reads on (or where the reading is clear although Argdown refuses).
 */
class BrokenArgdownTest {
    private static final Path FILE = Path.of("broken.argdown");

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of("[A]: a\n\n/* never closed\n\n[B]: b\n", 3, 1, "never closed with */"),
                Arguments.of("[A]: a <!-- oops\n", 1, 8, "never closed with -->"),
                Arguments.of("===\ntitle: x\n\n[A]: a\n", 1, 1, "front matter"),
                Arguments.of("+ [A]: a\n", 1, 1, "nothing before it"),
                Arguments.of("[A]: a\n\n  - [B]: b\n", 3, 3, "nothing before it"),
                Arguments.of("<X>\n\n(1) p\n(2) q\n", 4, 5, "without a conclusion"),
                Arguments.of("(1) p\n----\n", 2, 1, "without a conclusion"),
                Arguments.of("(1) p\n-- Modus ponens\n\n(2) c\n", 2, 1, "never closed"),
                Arguments.of("(1) p\n----\n----\n(2) c\n", 3, 1, "Two inference lines"),
                Arguments.of("(1) p\n----\n  + [X]: x\n(2) c\n", 3, 3, "Only undercuts"),
                Arguments.of("[A]: a\n  >< <B>\n", 2, 3, "between statements"),
                Arguments.of("[A]: a\n  +\n", 2, 3, "needs a statement or argument"),
                Arguments.of("[A]: a\u0000b\n", 1, 7, "NUL"),
                Arguments.of("<A>\n\n(1) p\n----\n(2) c\n\n<A>\n\n(1) q\n----\n(2) d\n", 9, 1, "already has"),
                Arguments.of("[A]: a\n\n-- rule --\n", 3, 1, "belongs in a premise-conclusion structure"),
                Arguments.of("(1)\n----\n(2) c\n", 1, 1, "needs a statement"),
                Arguments.of("(1) <A>\n----\n(2) c\n", 1, 5, "is an argument"),
                Arguments.of(deepNesting(ArgdownParser.MAX_NESTING + 5), ArgdownParser.MAX_NESTING + 2, ArgdownParser.MAX_NESTING + 2,
                        "nested more than"));
    }

    private static String deepNesting(int levels) {
        StringBuilder text = new StringBuilder("[Root]: r\n");
        for (int i = 1; i <= levels; i++) {
            text.append(" ".repeat(i)).append("+ s").append(i).append('\n');
        }
        return text.toString();
    }

    @ParameterizedTest
    @MethodSource("errors")
    void failsWithItsPlace(String text, int line, int column, String reason) {
        MapReadException error = assertThrows(MapReadException.class, () -> read(text));
        assertEquals(line, error.line(), error.getMessage());
        assertEquals(column, error.column(), error.getMessage());
        assertTrue(error.reason().contains(reason), error.getMessage());
        assertTrue(error.getMessage().startsWith("broken.argdown:" + line + ":" + column + ": "), error.getMessage());
    }

    @Test
    void readsRelationsWithoutIndentation() throws Exception {
        ReadResult read = read("[A]: a\n+ [B]: b\n");
        assertEquals(1, read.map().inferences().size());
        assertEquals(InferenceType.SUPPORT, read.map().inferences().get(0).type());
    }

    @Test
    void readsAStructureRightUnderItsArgument() throws Exception {
        ReadResult read = read("<A>: a\n(1) p\n----\n(2) c\n");
        assertEquals("A", read.map().inferences().get(0).content().title());
        assertEquals(1, read.map().inferences().get(0).premises().size());
    }

    @Test
    void readsABlankLineInsideAStructure() throws Exception {
        ReadResult read = read("<A>: a\n\n(1) p\n\n----\n\n(2) c\n");
        assertEquals(1, read.map().inferences().size());
    }

    @Test
    void warnsAboutWhatItLeavesOut() throws Exception {
        ReadResult read = read("{orphan: data}\n\n[A]: a {key: [1, 2}\n\n[B] and more text\n\n[C]: see [x] here\n");
        assertEquals(List.of(
                "line 1: {data} with no statement or argument before it is ignored",
                "line 5: text after the reference [B] is read as its text (Argdown expects [B]: text)",
                "line 7: [x] inside a text is read as plain text (Argdown reads titles only where an element starts)",
                "line 3: {data} that is not YAML is left out (expected ',' or ']', but got })"),
                read.warnings());
        assertEquals(3, read.map().statements().size());
    }

    @Test
    void anEmptyDocumentIsAnEmptyMap() throws Exception {
        ReadResult read = read("// nothing but a comment\n\n");
        assertTrue(read.map().isEmpty());
        assertEquals(List.of("line 1: the document holds no statements or arguments"), read.warnings());
    }

    @Test
    void bytesThatAreNotUtf8AreReplacedWithAWarning() throws Exception {
        byte[] bytes = "[A]: caf\u00e9\n\n[B]: b".getBytes(StandardCharsets.ISO_8859_1);
        ReadResult read = ArgdownFormat.READER.read(bytes, FILE);
        assertEquals("caf\uFFFD", read.map().statements().get(0).text());
        assertEquals(List.of("line 1: bytes that are not UTF-8 were read as \uFFFD (save the file as UTF-8)"), read.warnings());
    }

    @Test
    void aLoopOfArgumentsIsBrokenWithAStandIn() throws Exception {
        ReadResult read = read("<A>: a\n  - <B>: b\n    - <A>\n");
        assertEquals(3, read.map().inferences().size(), "two arguments, and A's relation as a part of A");
        assertEquals(1, read.map().statements().size(), "one argument stands on a stand-in conclusion");
        assertEquals("conclusion", read.map().statements().get(0).content().data().get(DataKeys.IMPLICIT));
        assertEquals(0, new ArgdownView(read.map()).statements.size(), "the stand-in is not written back");
    }

    private static ReadResult read(String text) throws MapReadException {
        return ArgdownFormat.READER.read(text.getBytes(StandardCharsets.UTF_8), FILE);
    }
}
