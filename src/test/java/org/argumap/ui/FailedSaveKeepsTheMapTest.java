package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.argumap.edit.AddClaimCommand;
import org.argumap.io.Backups;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File › Save when the disk is full: the user is told which file and why, the map stays open and
 * unsaved, and the file keeps its old content. And the earlier versions File › Save keeps, which
 * the preference turns off.
 */
class FailedSaveKeepsTheMapTest {
    @TempDir
    Path dir;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private final ErrorRecordingPrompts prompts = new ErrorRecordingPrompts();
    private final DocumentController documents = new DocumentController(dialogs, prompts, () -> null);
    private final Preferences node = Preferences.userRoot().node("org/argumap/test/" + getClass().getSimpleName());

    @AfterEach
    void forgetPreferences() throws Exception {
        node.removeNode();
    }

    @Test
    void aFullDiskKeepsTheMapOpenAndUnsavedAndTheFileAsItWas() throws Exception {
        Path file = mapFile();
        byte[] before = Files.readAllBytes(file);
        documents.openFile(file);
        addClaim();
        documents.setSaving(map -> (target, backups) -> {
            throw new IOException("No space left on device");
        });

        assertFalse(documents.save());

        assertTrue(documents.document().isDirty(), "still unsaved");
        assertEquals(1, documents.document().map().statements().size(), "with its changes");
        assertEquals(List.of("Could not save pets.argumap.json"), prompts.headers);
        assertTrue(prompts.details.get(0).startsWith("pets.argumap.json could not be saved: the disk is full."),
                prompts.details.get(0));
        assertEquals("Not saved: the disk is full", documents.noticeProperty().get());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void savingKeepsTheVersionItReplaces() throws Exception {
        Path file = mapFile();
        byte[] first = Files.readAllBytes(file);
        documents.setBackups(new BackupPreference(node)::load);
        documents.openFile(file);
        addClaim();

        assertTrue(documents.save());

        List<Path> kept = Backups.list(file);
        assertEquals(1, kept.size());
        assertArrayEquals(first, Files.readAllBytes(kept.get(0)));
    }

    @Test
    void thePreferenceTurnsBackupsOff() throws Exception {
        Path file = mapFile();
        BackupPreference preference = new BackupPreference(node);
        preference.save(0);
        documents.setBackups(preference::load);
        documents.openFile(file);
        addClaim();

        assertTrue(documents.save());

        assertFalse(Files.exists(Backups.folderOf(file)));
    }

    private void addClaim() {
        MapDocument open = documents.document();
        open.history().execute(new AddClaimCommand(open.map(), "A new claim", null));
    }

    private Path mapFile() throws IOException {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(new MapInfo("Pets", "", "", List.of(), null, null));
        Path file = dir.resolve("pets.argumap.json");
        new ArgumapJsonFormat().write(map, file);
        return file;
    }
}
