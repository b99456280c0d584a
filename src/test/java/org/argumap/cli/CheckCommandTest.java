package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argumap.ThirdPartyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} end to end: real files, the real reader, the exit status and both streams. */
class CheckCommandTest {
    /** The keys DESIGN.md promises to scripts. */
    static final List<String> PROMISED_KEYS = List.of("statements", "claims", "evidence", "authors", "inferences",
            "supports", "attacks", "undercuts", "rephrases", "replies", "linked", "problems", "warnings");

    /** A sound map: every count differs from the others, so a swapped key cannot pass unnoticed. */
    static final String VALID_MAP = """
            { "format": "argumap", "version": 1, "title": "Pets",
              "statements": [
                {"id": "s1", "kind": "claim", "text": "Cats make better pets than dogs", "author": "Ann"},
                {"id": "s2", "kind": "claim", "text": "Cats need less of their owners' time", "author": "Ann"},
                {"id": "s3", "kind": "claim", "text": "Time is what busy owners lack most", "author": "Bo"},
                {"id": "s4", "kind": "claim", "text": "Dogs are more loyal companions", "author": "Cy"},
                {"id": "s5", "kind": "claim", "text": "Loyalty matters less than fitting into one's life", "author": "Dee"},
                {"id": "s6", "kind": "claim", "text": "Felines beat canines as pets"},
                {"id": "s7", "kind": "claim", "text": "Dogs – not cats – fetch your slippers"},
                {"id": "s8", "kind": "claim", "text": "Loyalty is overrated"},
                {"id": "e1", "kind": "evidence", "title": "Pet care survey", "text": "Cat owners spend less time on care",
                 "url": "https://example.org/survey"}
              ],
              "inferences": [
                {"id": "i1", "type": "support", "premises": ["s2", "s3"], "target": "s1"},
                {"id": "i2", "type": "support", "premises": ["e1"], "target": "s2"},
                {"id": "i3", "type": "attack", "premises": ["s4"], "target": "s1"},
                {"id": "i4", "type": "attack", "premises": ["s5"], "target": "i1"},
                {"id": "i5", "type": "rephrase", "premises": ["s6"], "target": "s1"},
                {"id": "i6", "type": "reply", "premises": ["s7"], "target": "s4"},
                {"id": "i7", "type": "support", "premises": ["s8"], "target": "s5"},
                {"id": "i8", "type": "attack", "premises": ["s8"], "target": "s4"}
              ] }
            """;

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    /** Unreadable input: exit 2, nothing on standard output, one tidy line on standard error. */
    private static void assertOneLineError(CliRun run) {
        assertEquals(ExitStatus.BAD_INPUT, run.status(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
        assertFalse(run.err().contains("at org."), run.toString());
        assertFalse(run.err().contains("at picocli."), run.toString());
    }

    @Test
    void aValidMapExitsZeroWithItsCountsInATable() throws IOException {
        CliRun run = CliRun.of("check", file("pets.argumap.json", VALID_MAP).toString());
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        assertEquals("", run.err());
        List<String> expected = List.of("statements 9", "claims 8", "evidence 1", "authors 4", "inferences 8",
                "supports 3", "attacks 3", "undercuts 1", "rephrases 1", "replies 1", "linked 1", "main claims 1");
        List<String> rows = run.out().lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
        assertTrue(rows.containsAll(expected), run.toString());
        assertTrue(rows.contains("No problems."), run.toString());
        assertTrue(run.out().contains("1 reply is not yet classified (i6)"), "warnings are shown: " + run);
    }

    @Test
    void jsonIsOneObjectWithThePromisedKeysAndCounts() throws IOException {
        Path map = file("pets.argumap.json", VALID_MAP);
        CliRun run = CliRun.of("check", map.toString(), "--json");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        JsonNode root = json(run);
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.containsAll(PROMISED_KEYS), "keys: " + keys);
        int[] counts = {9, 8, 1, 4, 8, 3, 3, 1, 1, 1, 1};
        for (int i = 0; i < counts.length; i++) {
            String key = PROMISED_KEYS.get(i);
            assertTrue(root.get(key).isInt(), key);
            assertEquals(counts[i], root.get(key).asInt(), key);
        }
        assertEquals(1, root.get("mainClaims").asInt());
        assertEquals(map.toString(), root.get("file").asText());
        assertEquals("Pets", root.get("title").asText());
        assertTrue(root.get("problems").isArray() && root.get("problems").isEmpty());
        assertEquals(1, root.get("warnings").size());
        assertTrue(root.get("warnings").get(0).isTextual());
    }

    @Test
    void fromArgumapIsAccepted() throws IOException {
        CliRun run = CliRun.of("check", "--from", "argumap", file("pets.json", VALID_MAP).toString());
        assertEquals(ExitStatus.OK, run.status(), run.toString());
    }

    @Test
    void aMapWithAProblemExitsOneAndNamesIt() throws IOException {
        String withStray = VALID_MAP.replace("\"statements\": [",
                "\"statements\": [ {\"id\": \"s9\", \"kind\": \"claim\", \"text\": \"Hamsters are underrated\"},");
        Path map = file("stray.argumap.json", withStray);

        CliRun table = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.PROBLEMS, table.status(), table.toString());
        assertEquals("", table.err());
        assertTrue(table.out().contains("1 problem:"), table.toString());
        assertTrue(table.out().contains("isolated-statement: \"Hamsters are underrated\" (s9)"), table.toString());

        CliRun json = CliRun.of("check", map.toString(), "--json");
        assertEquals(ExitStatus.PROBLEMS, json.status(), json.toString());
        JsonNode problem = json(json).get("problems").get(0);
        assertEquals("isolated-statement", problem.get("code").asText());
        assertTrue(problem.get("message").asText().contains("Hamsters are underrated"));
        assertEquals("s9", problem.get("ids").get(0).asText());
    }

    @Test
    void brokenJsonIsOneLineNamingFileLineAndColumn() throws IOException {
        Path broken = file("broken.argumap.json", "{ \"format\": \"argumap\", \"version\": 1,\n  \"statements\": [ {\"id\": \"s1\",, } ]\n}\n");
        for (String[] args : List.of(new String[] {"check", broken.toString()},
                new String[] {"check", broken.toString(), "--json"})) {
            CliRun run = CliRun.of(args);
            assertOneLineError(run);
            String line = run.errLines().get(0);
            assertTrue(line.matches("^.+:\\d+:\\d+: .+$"), line);
            assertTrue(line.startsWith(broken + ":2:"), "the error is on line 2: " + line);
        }
    }

    @Test
    void aReadableFileThatIsNoMapIsUnreadableInput() throws IOException {
        CliRun run = CliRun.of("check", file("other.json", "{\"name\": \"not a map\"}").toString());
        assertOneLineError(run);
        assertTrue(run.errLines().get(0).matches("^.+:\\d+:\\d+: .+$"), run.toString());
    }

    @Test
    void aMissingFileIsOneLineNamingIt() {
        Path missing = dir.resolve("nowhere.argumap.json");
        CliRun run = CliRun.of("check", missing.toString(), "--json");
        assertOneLineError(run);
        assertEquals(missing + ":0:0: There is no such file.", run.errLines().get(0));
    }

    @Test
    void aDirectoryIsNoMap() {
        CliRun run = CliRun.of("check", dir.toString());
        assertOneLineError(run);
        assertTrue(run.err().startsWith(dir.toString()), run.toString());
    }

    @Test
    void aThreadIsCheckedAsTheMapItsImportWouldMake() {
        Path thread = ThirdPartyFiles.testdata(
                "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json");
        CliRun run = CliRun.of("check", thread.toString(), "--from", "reddit", "--json");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.out().contains("\"format\" : \"reddit\""), run.toString());
        assertTrue(run.out().matches("(?s).*\"replies\" : [1-9][0-9]*,.*"), "every comment is an unclassified reply");
    }

    @Test
    void aFileInAnotherFormatNeedsFromAndSaysSo() throws IOException {
        CliRun run = CliRun.of("check", file("thread.json", "[]").toString());
        assertOneLineError(run);
        assertTrue(run.err().contains("this file holds a list (read as an Argumap map; name another format with --from:"),
                run.toString());
    }

    @Test
    void nonAsciiTextSurvivesIntoTheReport() throws IOException {
        String map = VALID_MAP.replace("\"title\": \"Pets\"", "\"title\": \"Haustiere – Katzen für alle\"");
        CliRun run = CliRun.of("check", file("pets.argumap.json", map).toString());
        assertTrue(run.out().contains("Haustiere – Katzen für alle"), run.toString());
    }
}
