package org.argumap.cli;

import static org.argumap.model.MapAssertions.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.aif.AifFormat;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");

    @TempDir
    Path dir;

    @Test
    void convertsByFileNameAndBackWithoutLosingStructure() throws Exception {
        Path aif = dir.resolve("demo.aif.json");
        Path back = dir.resolve("back.argumap.json");
        assertEquals(0, CliRun.of("convert", DEMO.toString(), aif.toString()).status());
        assertTrue(AifFormat.READER.read(Files.readAllBytes(aif), aif).map().size() > 0, "AIF was written");
        CliRun run = CliRun.of("convert", aif.toString(), back.toString());
        assertEquals(0, run.status(), run.toString());
        assertEquals(describe(read(DEMO)), describe(read(back)));
    }

    @Test
    void aThreadBecomesAMapAndAnOutline() throws Exception {
        Path thread = ThirdPartyFiles.testdata(
                "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json");
        Path map = dir.resolve("thread.argumap.json");
        Path outline = dir.resolve("thread.md");
        CliRun run = CliRun.of("convert", thread.toString(), map.toString(), "--from", "reddit");
        assertEquals(0, run.status(), run.toString());
        assertTrue(run.err().lines().allMatch(line -> line.startsWith(thread + ": warning: line ")), run.toString());
        assertEquals(0, CliRun.of("convert", map.toString(), outline.toString()).status());
        String text = Files.readString(outline);
        assertTrue(text.startsWith("# "), text);
        assertTrue(text.contains("↩ Reply"), "comments appear as replies to classify");
    }

    @Test
    void theOutlineSaysWhichClaimsStandUnlessAskedNotTo() throws Exception {
        Path map = dir.resolve("pets.argumap.json");
        Files.writeString(map, CheckEvaluationTest.MAP);
        Path outline = dir.resolve("pets.md");
        assertEquals(0, CliRun.of("convert", map.toString(), outline.toString()).status());
        String text = Files.readString(outline);
        assertTrue(text.contains("\n**Which claims stand:** 2 of 5 statements stand, 1 falls, 2 undecided.\n"), text);
        assertTrue(text.contains("\n## Cats make better pets than dogs — ✗ falls\n"), text);
        assertTrue(text.contains("\n- **–** Dogs are more loyal companions — ✓ stands\n"), "an unanswered objection: " + text);

        Path plain = dir.resolve("plain.md");
        assertEquals(0, CliRun.of("convert", map.toString(), plain.toString(), "--no-evaluation").status());
        String without = Files.readString(plain);
        assertFalse(without.contains("Which claims stand") || without.contains(" — ✗ falls"), without);
        assertEquals(without, org.argumap.io.outline.OutlineFormat.write(read(map)));
    }

    @Test
    void argdownIsKnownByItsFileNameBothWays() throws Exception {
        Path primer = ThirdPartyFiles.testdata("argdown/argdown_argdown-primer.argdown");
        Path map = dir.resolve("primer.argumap.json");
        Path again = dir.resolve("primer.argdown");
        assertEquals(0, CliRun.of("convert", primer.toString(), map.toString()).status());
        assertEquals(0, CliRun.of("convert", map.toString(), again.toString()).status());
        CliRun check = CliRun.of("check", again.toString(), "--json");
        assertTrue(check.out().contains("\"format\" : \"argdown\""), check.toString());
        assertEquals(read(map).statements().size(),
                org.argumap.io.argdown.ArgdownFormat.READER.read(Files.readAllBytes(again), again).map().statements().size());
    }

    @Test
    void anOutputNameWithoutFormatNeedsTo() throws IOException {
        CliRun run = CliRun.of("convert", DEMO.toString(), dir.resolve("out.txt").toString());
        assertEquals(ExitStatus.BAD_INPUT, run.status());
        assertTrue(run.err().startsWith("argumap: cannot tell the format of"), run.toString());
        assertFalse(Files.exists(dir.resolve("out.txt")));
        assertEquals(0, CliRun.of("convert", DEMO.toString(), dir.resolve("out.txt").toString(), "--to", "outline").status());
    }

    @Test
    void anUnreadableInputWritesNothing() throws IOException {
        Path broken = dir.resolve("broken.argumap.json");
        Files.writeString(broken, "{");
        Path out = dir.resolve("out.aif.json");
        CliRun run = CliRun.of("convert", broken.toString(), out.toString());
        assertEquals(ExitStatus.BAD_INPUT, run.status());
        assertTrue(run.err().startsWith(broken + ":1:"), run.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void anUnwritableOutputIsOneLine() {
        CliRun run = CliRun.of("convert", DEMO.toString(), dir.resolve("no/such/folder/out.argumap.json").toString());
        assertEquals(ExitStatus.BAD_INPUT, run.status());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.err().startsWith("argumap: could not write"), run.toString());
    }

    private static ArgumentMap read(Path file) throws MapReadException {
        return new ArgumapJsonFormat().read(file).map();
    }
}
