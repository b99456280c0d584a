package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.argdown.ArgdownFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands read a file in the format its content shows when its name does not say: no --from needed. */
class RecognisedInputTest {
    @TempDir
    Path dir;

    @Test
    void aKialoExportSavedAsTxtIsChecked() throws IOException {
        Path txt = Files.copy(Path.of("src/test/resources/kialo/homework-old.kialo.txt"), dir.resolve("homework-1234.txt"));
        CliRun run = CliRun.of("check", txt.toString(), "--json");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        assertTrue(run.out().contains("\"format\" : \"kialo\""), run.toString());
        assertTrue(run.out().contains("\"statements\" : 10,"), run.toString());
    }

    @Test
    void aRedditThreadSavedAsJsonIsConvertedWithoutFrom() throws Exception {
        Path json = Files.copy(ThirdPartyFiles.testdata(
                "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json"), dir.resolve("57dw9a.json"));
        Path out = dir.resolve("thread.argdown");
        CliRun run = CliRun.of("convert", json.toString(), out.toString());
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        assertTrue(ArgdownFormat.READER.read(Files.readAllBytes(out), out).map().statements().size() > 100);
    }

    @Test
    void fromStillDecidesOverTheContent() throws IOException {
        Path txt = Files.copy(Path.of("src/test/resources/kialo/homework-old.kialo.txt"), dir.resolve("homework.txt"));
        CliRun run = CliRun.of("check", txt.toString(), "--from", "argdown", "--json");
        assertTrue(run.out().contains("\"format\" : \"argdown\""), run.toString());
    }
}
