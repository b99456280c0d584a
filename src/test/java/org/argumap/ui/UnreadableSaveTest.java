package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argumap.edit.AddClaimCommand;
import org.argumap.io.Limits;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File › Save of a map Argumap could not open again (here a pasted text longer than any reader
 * takes): the user is told which limit, before anything is written; the map stays open and
 * unsaved, and the file keeps its old content.
 */
class UnreadableSaveTest {
    @TempDir
    Path dir;

    private final ErrorRecordingPrompts prompts = new ErrorRecordingPrompts();
    private final DocumentController documents = new DocumentController(new ScriptedFileDialogs(), prompts, () -> null);

    @Test
    void aSaveArgumapCouldNotOpenAgainIsRefusedAndTheMapKept() throws Exception {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(new MapInfo("Pets", "", "", List.of(), null, null));
        Path file = dir.resolve("pets.argumap.json");
        new ArgumapJsonFormat().write(map, file);
        byte[] before = Files.readAllBytes(file);
        documents.openFile(file);
        MapDocument open = documents.document();
        open.history().execute(new AddClaimCommand(open.map(), "x".repeat(Limits.STANDARD.maxTextChars() + 1), null));

        assertFalse(documents.save());

        assertTrue(documents.document().isDirty(), "still unsaved");
        assertEquals(List.of("Could not save pets.argumap.json"), prompts.headers);
        String details = prompts.details.get(0);
        assertTrue(details.startsWith("pets.argumap.json could not be saved: Argumap could not open the file again: "
                + "statement "), details);
        assertTrue(details.contains("text is 5,000,001 characters long, and Argumap reads texts of up to 5,000,000"
                + " characters (limit of text length). Nothing was written."), details);
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.filter(f -> !Files.isDirectory(f)).toList(), "no temporary file left");
        }
    }
}
