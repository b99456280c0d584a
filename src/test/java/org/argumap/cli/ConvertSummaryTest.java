package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.argumap.ThirdPartyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --to summary [--budget N]}: the summary of a thread, within its budget. */
class ConvertSummaryTest {
    @TempDir
    Path dir;

    @Test
    void aThreadSummaryStaysWithinTheBudgetGiven() throws Exception {
        Path thread = ThirdPartyFiles.testdata(
                "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json");
        Path summary = dir.resolve("thread.md");
        CliRun run = CliRun.of("convert", thread.toString(), summary.toString(), "--from", "reddit", "--to", "summary",
                "--budget", "1500");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        String text = Files.readString(summary);
        assertTrue(text.length() <= 1500, text.length() + " characters");
        assertTrue(text.startsWith("# Thread summary: "), text);
        assertTrue(text.contains("145 comments"), text);
        assertTrue(text.contains("145 not classified"), "a fresh import has nothing classified: " + text);
    }

    @Test
    void theDefaultBudgetIsRedditsAndTheNameCanSayIt() throws Exception {
        Path map = dir.resolve("pets.argumap.json");
        Files.writeString(map, CheckEvaluationTest.MAP);
        Path summary = dir.resolve("pets.summary.md");
        CliRun run = CliRun.of("convert", map.toString(), summary.toString());
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        String text = Files.readString(summary);
        assertTrue(text.length() <= 10_000);
        assertTrue(text.contains("## Unanswered objections"), text);
        assertTrue(text.contains("Dogs are more loyal companions"), "the unanswered objection is named: " + text);
    }

    @Test
    void aBudgetTooSmallOrForAnotherFormatIsAUsageError() throws Exception {
        Path map = dir.resolve("pets.argumap.json");
        Files.writeString(map, CheckEvaluationTest.MAP);
        CliRun small = CliRun.of("convert", map.toString(), dir.resolve("a.md").toString(), "--to", "summary",
                "--budget", "100");
        assertEquals(ExitStatus.BAD_INPUT, small.status(), small.toString());
        assertTrue(small.err().contains("at least 800"), small.toString());
        assertFalse(Files.exists(dir.resolve("a.md")));
        CliRun other = CliRun.of("convert", map.toString(), dir.resolve("b.md").toString(), "--budget", "2000");
        assertEquals(ExitStatus.BAD_INPUT, other.status(), other.toString());
        assertTrue(other.err().contains("--to summary"), other.toString());
    }
}
