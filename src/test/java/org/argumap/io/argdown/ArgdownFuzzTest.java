package org.argumap.io.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
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
 * exception, never a hang (each try has a time limit). Whatever map a reading gives can be written,
 * and the writing reads again. Inputs: random text, soup of Argdown tokens, and the real documents
 * (where they are at hand) and our cases mutated. Shapes built to be slow for a naive lexer are
 * in {@link ArgdownHostileInputsTest}.
 */
class ArgdownFuzzTest {
    private static final Path NAME = Path.of("fuzz.argdown");
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final List<String> TOKENS = List.of("[A]", "[A]:", "[B]: b", "<C>", "<C>:", "<D>: d", "+", "-", "+>",
            "->", "<+", "<-", "><", "_", "_>", "<_", "(1)", "(2)", "(3)", "--", "----", "-- rule, rule --", "#", "# ",
            "## ", "#tag", "#(two words)", "{", "}", "{a: 1}", "{\n a: [1, 2]\n}", ":", ",", "//", "/*", "*/", "<!--",
            "-->", "===", "===\ntitle: t\n===\n", "\n", "\n\n", "  ", "    ", "\t", "'", "*", "**", "_", "__", "\\",
            "@[A]", "@<C>", "[l](http://u)", ".^.", ":heart:", "text", "1.", "* ", "\"", "\u00e9", "\uD83D\uDE00",
            "{uses: [1, 2]}", "{isCanonical: true}", "{argumap: implicit-conclusion}", "{kind: evidence}");

    @Property(tries = 500)
    void randomText(@ForAll String text) {
        assertMapOrError(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 2000)
    void argdownTokenSoup(@ForAll("soup") String text) {
        assertMapOrError(text.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> soup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(120).map(tokens -> String.join("", tokens));
    }

    @Property(tries = 1500)
    void mutatedDocuments(@ForAll("files") byte[] document, @ForAll long seed,
                          @ForAll @IntRange(min = 1, max = 6) int mutations) {
        byte[] content = document;
        Random random = new Random(seed);
        for (int i = 0; i < mutations; i++) {
            content = FuzzInputs.mutate(content, random, TOKENS, 60);
        }
        assertMapOrError(content);
    }

    /** Found by mutatedDocuments: an argument with a blank title and nothing else crashed the reading. */
    @Test
    void anArgumentWithABlankTitleAndNoTextIsReadNotCrashedOn() {
        assertMapOrError("<   >:\n".getBytes(StandardCharsets.UTF_8));
        assertMapOrError("<   >:\n  + [S]: a statement\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Found by mutatedDocuments: an argument titled "!-- …" was written as an HTML comment. */
    @Test
    void anArgumentTitleThatWouldOpenACommentSurvivesWriting() {
        assertMapOrError("t written over\n  several lines, // with a comment at the end of one\n"
                .concat("with a /* block */ comment inside and\n< !-- an html comment --> here. #trailin")
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Found by mutatedDocuments: {data} holding "<C>:" after an argument written without description
     * ("<C> {<C>: 1}") was read as the definition of an argument titled "C> {<C", so the argument's
     * reference under it became a second argument.
     */
    @Test
    void dataThatWouldEndAnArgumentTitleSurvivesWriting() throws Exception {
        byte[] content = "<C>: {<C>: 1}\n  -> <C>\n".getBytes(StandardCharsets.UTF_8);
        assertMapOrError(content);
        ReadResult read = ArgdownFormat.READER.read(content, NAME);
        String written = ArgdownFormat.writeToString(read.map());
        ReadResult again = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), NAME);
        assertEquals(List.of(), again.warnings(), written);
        assertEquals(titlesAndData(read), titlesAndData(again), written);
        assertEquals(List.of("C {<C>=1}", "C {<C>=1}"), titlesAndData(again), written);
    }

    /**
     * Found by a soup of {data} pieces: a heading's {data} over several lines made a section of
     * several lines, which the writer takes for one heading a line: "# H {" was written with its
     * brace escaped, and the YAML comment "# <C>: 1" inside the data as a heading of its own.
     */
    @Test
    void aHeadingsDataOverSeveralLinesStaysWithItsHeading() throws Exception {
        byte[] content = "# H {\n# <C>: 1\nk: v\n}\n\n[A]: a\n".getBytes(StandardCharsets.UTF_8);
        assertMapOrError(content);
        ReadResult read = ArgdownFormat.READER.read(content, NAME);
        assertEquals("# H {k: v}", read.map().statements().get(0).content().data().get(DataKeys.SECTION));
        String written = ArgdownFormat.writeToString(read.map());
        assertEquals("# H {k: v}\n\n[A]: a\n", written);
        ReadResult again = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), NAME);
        assertEquals(read.map().statements().get(0).content(), again.map().statements().get(0).content());
    }

    /**
     * Found by a soup of {data} pieces: the braces of a heading's text ("# H \{\} x") were kept in its
     * section as they are, so that the writer took them for the heading's {data} and wrote them so.
     */
    @Test
    void bracesInAHeadingsTextStayText() throws Exception {
        byte[] content = "# a \\{b: <C>\\} c {k: v}\n\n[A]: a\n".getBytes(StandardCharsets.UTF_8);
        assertMapOrError(content);
        ReadResult read = ArgdownFormat.READER.read(content, NAME);
        String section = read.map().statements().get(0).content().data().get(DataKeys.SECTION);
        assertEquals("# a \\{b: <C>\\} c {k: v}", section);
        String written = ArgdownFormat.writeToString(read.map());
        assertEquals("# a \\{b: \\<C\\>\\} c {k: v}\n\n[A]: a\n", written);
        ReadResult again = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), NAME);
        assertEquals(section, again.map().statements().get(0).content().data().get(DataKeys.SECTION));
    }

    private static List<String> titlesAndData(ReadResult read) {
        return read.map().inferences().stream()
                .map(i -> i.content().title() + " " + new java.util.TreeMap<>(DataKeys.external(i.content().data())))
                .sorted().toList();
    }

    /** Reading gives a map that writes and reads again, or one located error; within the time limit. */
    static void assertMapOrError(byte[] content) {
        assertTimeoutPreemptively(LIMIT, () -> {
            ReadResult result;
            try {
                result = ArgdownFormat.READER.read(content, NAME);
            } catch (MapReadException e) {
                assertPlaced(e);
                return;
            }
            assertTrue(result.warnings().stream().allMatch(w -> w.startsWith("line ")), result::toString);
            String written = ArgdownFormat.writeToString(result.map());
            ReadResult again = ArgdownFormat.READER.read(written.getBytes(StandardCharsets.UTF_8), NAME);
            ArgdownView before = new ArgdownView(result.map());
            ArgdownView after = new ArgdownView(again.map());
            Supplier<String> shown = () -> "written:\n" + written;
            assertEquals(before.statements.size(), after.statements.size(), shown);
            assertEquals(before.arguments.size(), after.arguments.size(), shown);
            assertEquals(ArgdownImportTest.relationCounts(before), ArgdownImportTest.relationCounts(after), shown);
        }, () -> new String(content, StandardCharsets.UTF_8));
    }

    private static void assertPlaced(MapReadException e) {
        FuzzInputs.assertPlaced(e, NAME);
        assertTrue(e.line() >= 1 && e.column() >= 1, e.getMessage());
    }

    /** The real files at hand and our fixtures, read once per property. */
    @Provide
    Arbitrary<byte[]> files() {
        try {
            List<byte[]> files = new ArrayList<>();
            for (ArgdownFiles.Document document : ArgdownFiles.atHand()) {
                files.add(document.bytes());
            }
            return Arbitraries.of(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
