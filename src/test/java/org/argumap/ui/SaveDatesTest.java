package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.argumap.edit.AddClaimCommand;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved map says when it was made and last changed; saving an unchanged map changes nothing in its file. */
class SaveDatesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T09:30:15.750Z");
    private static final Instant NOW_IN_SECONDS = Instant.parse("2026-11-25T09:30:15Z");

    @TempDir
    Path dir;

    private final ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
    private final ErrorRecordingPrompts prompts = new ErrorRecordingPrompts();
    private final DocumentController documents =
            new DocumentController(dialogs, prompts, () -> null, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void savingChangesRecordsTheModifiedDateAndKeepsTheCreatedOne() throws Exception {
        Instant created = Instant.parse("2024-02-01T08:00:00Z");
        Path file = mapFile(new MapInfo("Dated", "", "", List.of(), created, Instant.parse("2024-03-01T08:00:00Z")));
        documents.openFile(file);
        addClaim();

        assertTrue(documents.save());

        MapInfo saved = read(file).info();
        assertEquals(NOW_IN_SECONDS, saved.modified(), "modified: the moment of the save, in whole seconds");
        assertEquals(created, saved.created(), "created stays what it was");
        assertFalse(documents.document().isDirty());
    }

    @Test
    void aMapWithoutACreatedDateGetsOneOnItsFirstSaveWithChanges() throws Exception {
        Path file = mapFile(new MapInfo("Undated", "", "", List.of(), null, null));
        documents.openFile(file);
        addClaim();

        documents.save();

        assertEquals(NOW_IN_SECONDS, read(file).info().created());
        assertEquals(NOW_IN_SECONDS, read(file).info().modified());
    }

    @Test
    void resavingAnUnchangedMapLeavesItsFileByteForByte() throws Exception {
        Path file = mapFile(new MapInfo("Kept", "", "", List.of(), null, Instant.parse("2024-03-01T08:00:00Z")));
        byte[] before = Files.readAllBytes(file);
        documents.openFile(file);

        assertTrue(documents.save());

        assertArrayEquals(before, Files.readAllBytes(file));
    }

    /** Opening an old file never upgrades it on disk; the user's own save does, even without changes. */
    @Test
    void openingAVersionOneFileWritesNothingAndSavingWritesTheCurrentVersion() throws Exception {
        Path file = Files.copy(Path.of("src/test/resources/old-versions/judged-v1.argumap.json"), dir.resolve("old.argumap.json"));
        byte[] before = Files.readAllBytes(file);

        documents.openFile(file);

        assertArrayEquals(before, Files.readAllBytes(file));
        assertFalse(documents.document().isDirty(), "an upgrade alone is no change of the map");
        assertTrue(documents.save());
        assertTrue(Files.readString(file).startsWith("{\n  \"format\": \"argumap\",\n  \"version\": "
                + ArgumapJsonFormat.VERSION + ",\n"));
    }

    @Test
    void aNewMapSavedForTheFirstTimeIsDated() throws Exception {
        documents.newMap();
        addClaim();
        Path target = dir.resolve("new.argumap.json");
        dialogs.answerSaveWith(target);

        assertTrue(documents.saveAs());

        assertEquals(NOW_IN_SECONDS, read(target).info().created());
    }

    @Test
    void aFailedSaveTakesTheDateBack() throws Exception {
        Path file = mapFile(new MapInfo("Failing", "", "", List.of(), null, null));
        documents.openFile(file);
        addClaim();
        Path directory = Files.createDirectory(dir.resolve("a-folder.argumap.json"));
        dialogs.answerSaveWith(directory);

        assertFalse(documents.saveAs(), "a folder cannot be written as a file");

        assertEquals(1, prompts.headers.size(), "the user is told");
        assertNull(documents.document().map().info().modified(), "the map is as it was before the attempt");
        assertTrue(documents.document().isDirty(), "and still unsaved");
    }

    private void addClaim() {
        MapDocument open = documents.document();
        open.history().execute(new AddClaimCommand(open.map(), "A new claim", null));
    }

    private Path mapFile(MapInfo info) throws IOException {
        ArgumentMap map = new ArgumentMap();
        map.setInfo(info);
        Path file = dir.resolve(info.title() + ".argumap.json");
        new ArgumapJsonFormat().write(map, file);
        return file;
    }

    private static ArgumentMap read(Path file) throws IOException, MapReadException {
        return new ArgumapJsonFormat().read(file).map();
    }
}
