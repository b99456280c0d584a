package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;
import org.argumap.ui.dialog.FxPrompts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class ExternalChangeTest extends MainWindowTestBase {
    private static final String NAME = "pets.argumap.json";
    private static final String THEIR_TITLE = "Written by another program";

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void openAMapFromAFile() throws Exception {
        file = dir.resolve(NAME);
        new ArgumapJsonFormat().write(BundledMaps.read(BundledMaps.DEMO).map(), file);
        assertTrue(onFx(() -> window.documents().openFile(file)));
        assertEquals(NAME + " — Argumap", title());
    }

    /** Another program writes the map with a new title, a little later than Argumap did. */
    private String anotherProgramChangesTheFile() throws Exception {
        ArgumapJsonFormat format = new ArgumapJsonFormat();
        ArgumentMap theirs = format.read(file).map();
        theirs.setInfo(theirs.info().withTitle(THEIR_TITLE));
        String written = format.writeToString(theirs);
        Files.writeString(file, written);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));
        return written;
    }

    /** What the window does when it regains focus, later so that the dialog it may show does not block the test. */
    private void windowRegainsFocus(FxRobot robot) {
        robot.interact(() -> Platform.runLater(window.documents()::checkForExternalChange));
    }

    private void save(FxRobot robot) {
        robot.interact(() -> Platform.runLater(window.documents()::save));
    }

    private void makeDirty() {
        ArgumentMap open = map();
        String id = open.statements().get(0).id();
        onFx(() -> document().history().execute(new MoveBoxCommand(open, id, new Position(1, 2))));
    }

    @Test
    void aChangedFileIsReportedAndReloadReadsItAnew(FxRobot robot) throws Exception {
        makeDirty();
        anotherProgramChangesTheFile();
        windowRegainsFocus(robot);

        DialogPane notice = dialog(robot);
        assertEquals(FxPrompts.externalChangeNotice(NAME), notice.getHeaderText());
        assertEquals("“pets.argumap.json” was changed by another program.", notice.getHeaderText());
        assertTrue(notice.getContentText().contains("unsaved changes"), "says what Reload loses");
        robot.clickOn("Reload");

        assertFalse(dialogShowing(robot));
        assertEquals(THEIR_TITLE, map().info().title(), "the map was read anew");
        assertFalse(document().isDirty());

        windowRegainsFocus(robot);
        assertFalse(dialogShowing(robot), "the reloaded file is Argumap's own again");
    }

    @Test
    void keepMineIsNotAskedAgainAndSaveThenAsksBeforeOverwriting(FxRobot robot) throws Exception {
        String theirs = anotherProgramChangesTheFile();
        windowRegainsFocus(robot);
        dialog(robot);
        robot.clickOn("Keep Mine");
        assertNotEquals(THEIR_TITLE, map().info().title(), "the map in the window stays");

        windowRegainsFocus(robot);
        assertFalse(dialogShowing(robot), "the same change is not asked about twice");

        save(robot);
        DialogPane question = dialog(robot);
        assertEquals(FxPrompts.OVERWRITE_QUESTION, question.getHeaderText());
        robot.clickOn("Cancel");

        assertFalse(dialogShowing(robot));
        assertEquals(theirs, Files.readString(file), "Cancel leaves the file as the other program wrote it");

        save(robot);
        dialog(robot);
        robot.clickOn("Overwrite");
        assertFalse(dialogShowing(robot));
        assertNotEquals(theirs, Files.readString(file), "Overwrite writes the map in the window");
        windowRegainsFocus(robot);
        assertFalse(dialogShowing(robot));
    }

    @Test
    void argumapsOwnSavesTriggerNothing(FxRobot robot) throws Exception {
        makeDirty();
        save(robot);
        assertFalse(dialogShowing(robot), "Save does not ask about its own file");
        assertFalse(document().isDirty());
        assertTrue(Files.isDirectory(dir.resolve(org.argumap.io.Backups.FOLDER)), "a backup was kept beside it");

        windowRegainsFocus(robot);
        assertFalse(dialogShowing(robot));

        makeDirty();
        save(robot);
        assertFalse(dialogShowing(robot), "nor the next save");
    }

    @Test
    void aTouchWithoutNewContentIsNoChange(FxRobot robot) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));
        windowRegainsFocus(robot);
        assertFalse(dialogShowing(robot));
    }

    @Test
    void aDeletedFileIsToldAndSaveWritesItAgain(FxRobot robot) throws Exception {
        Files.delete(file);
        windowRegainsFocus(robot);
        assertFalse(dialogShowing(robot), "told in the status line, not in a dialog");
        assertTrue(onFx(() -> window.documents().noticeProperty().get()).contains("deleted or moved"));

        save(robot);
        assertFalse(dialogShowing(robot));
        assertTrue(Files.isRegularFile(file), "Save wrote the file again");
    }
}
