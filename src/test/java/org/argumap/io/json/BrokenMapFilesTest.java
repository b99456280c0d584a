package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argumap.io.MapReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each broken file gives one error naming the file, the line and column where a person should
 * look, and what is wrong in words. (Keeping the open map untouched is the window's part, tested
 * in the UI tests; reading has no side effects to test.)
 */
class BrokenMapFilesTest {
    private static final Path FOLDER = Path.of("src/test/resources/broken-maps");
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax-error                | 5 | 18 | a comma is missing before this field
            truncated                   | 5 | 35 | The file ends too early
            empty                       | 1 |  1 | The file is empty
            top-level-array             | 1 |  1 | this file holds a list
            null-document               | 1 |  1 | but this file holds null.
            trailing-content            | 5 |  1 | a second JSON value
            duplicate-key               | 5 | 10 | The same field appears twice in one object: 'title'
            no-format                   | 1 |  1 | the field "format": "argumap" is missing
            wrong-format                | 2 | 13 | its format is "kialo", not "argumap"
            newer-version               | 3 | 14 | saved in file format version 3 by a newer Argumap
            wrong-type                  | 5 | 27 | 'statements[0].text' should be text in double quotes, but is a number.
            bad-position                | 8 | 18 | 'layout.s1.x' should be a number, but is text.
            bad-date                    | 4 | 14 | 'created' should be a date and time
            missing-id                  | 6 |  5 | Statement 2 has no id
            duplicate-id                | 6 | 13 | The id 's1' is used twice (first at line 5)
            duplicate-id-across-kinds   | 9 | 13 | The id 's2' is used twice (first at line 6)
            unknown-kind                | 5 | 27 | has the kind "opinion"; a kind is "claim" or "evidence"
            unknown-type                | 9 | 27 | has the type "because"
            missing-target              | 9 |  5 | Inference 'i1' has no target
            inference-without-premises  | 9 |  5 | needs at least one premise, or a title or description
            dangling-premise            | 9 | 57 | has premise 's9', which is not in the map
            dangling-target             | 8 | 67 | targets 'gone', which is not in the map
            self-support                | 8 | 68 | a statement cannot support or attack itself
            undercut-loop               | 9 | 67 | a chain of undercuts must end at a statement
            null-step                   | 8 | 36 | Presentation step 2 is null
            bad-step-notes              | 9 | 34 | 'presentation.steps[0].notes' should be text in double quotes, but is a number.
            unknown-verdict             | 5 | 43 | Statement 's1' has the verdict "maybe"; a verdict is "accepted" or "rejected"
            rating-out-of-range         | 5 | 42 | Statement 's1' has the rating 120; a rating is a whole percentage from 0 to 100
            fractional-rating           | 5 | 42 | 'statements[0].rating' should be a whole number, but is a number.
            strength-as-text            | 9 | 86 | 'inferences[0].strength' should be a whole number, but is text.
            huge-strength               | 9 | 86 | 'inferences[0].strength' should be a whole number from 0 to 100
            """)
    void namesTheFileThePlaceAndTheProblem(String name, int line, int column, String reason) {
        Path file = FOLDER.resolve(name + ".argumap.json");
        MapReadException e = assertThrows(MapReadException.class, () -> format.read(file));
        assertEquals(file, e.file());
        assertTrue(e.reason().contains(reason), () -> "reason was: " + e.reason());
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertEquals(file + ":" + line + ":" + column + ": " + e.reason(), e.getMessage());
        assertFalse(e.reason().contains("jackson") || e.reason().contains("Exception"), e.reason());
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = FOLDER.resolve("no-such-map.argumap.json");
        MapReadException e = assertThrows(MapReadException.class, () -> format.read(file));
        assertEquals(file + ":0:0: There is no such file.", e.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeItExhaustsTheStack(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("deep.argumap.json");
        int depth = 100_000;
        Files.writeString(file, "{\"format\": \"argumap\", \"version\": 1, \"x\": " + "[".repeat(depth) + "]".repeat(depth) + "}");
        MapReadException e = assertThrows(MapReadException.class, () -> format.read(file));
        assertTrue(e.reason().startsWith("The file exceeds a safety limit"), e.reason());
        assertTrue(e.reason().contains("(limit of nesting)"), e.reason());
        assertEquals(1, e.line());
    }

    @Test
    void anEnormousTextIsRefusedWithoutReadingItAll(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("huge.argumap.json");
        String text = "x".repeat(JsonMappers.MAX_STRING_LENGTH + 1);
        Files.writeString(file, "{\"format\": \"argumap\", \"version\": 1, \"statements\": [{\"id\": \"s1\", \"text\": \"" + text + "\"}]}");
        MapReadException e = assertThrows(MapReadException.class, () -> format.read(file));
        assertTrue(e.reason().startsWith("The file exceeds a safety limit"), e.reason());
        assertTrue(e.reason().contains("and Argumap reads texts of up to 5,000,000 characters (limit of text length)"), e.reason());
    }

    @Test
    void invalidUtf8IsReportedAsSuch() {
        byte[] bytes = "{\"format\": \"argumap\", \"version\": 1, \"title\": \"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        MapReadException e = assertThrows(MapReadException.class, () -> format.read(bytes, Path.of("latin1.argumap.json")));
        assertTrue(e.reason().contains("UTF-8"), e.reason());
    }
}
