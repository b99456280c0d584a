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
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.dialog.FxPrompts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Save As that picks the open map's own file is a Save: if another program changed the file, it asks
 * before overwriting, as Save does, rather than trusting the platform's "replace?" question, which
 * cannot know the file is not what Argumap read.
 */
class SaveAsOntoTheOpenFileTest extends MainWindowTestBase {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void openAMapFromAFile() throws Exception {
        file = dir.resolve("pets.argumap.json");
        new ArgumapJsonFormat().write(BundledMaps.read(BundledMaps.DEMO).map(), file);
        assertTrue(onFx(() -> window.documents().openFile(file)));
    }

    private String anotherProgramChangesTheFile() throws Exception {
        ArgumapJsonFormat format = new ArgumapJsonFormat();
        ArgumentMap theirs = format.read(file).map();
        theirs.setInfo(theirs.info().withTitle("Written by another program"));
        String written = format.writeToString(theirs);
        Files.writeString(file, written);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));
        return written;
    }

    private void saveAs(FxRobot robot) {
        robot.interact(() -> Platform.runLater(window.documents()::saveAs));
    }

    @Test
    void saveAsOntoTheOpenFileChangedByAnotherProgramAsksAsSaveDoes(FxRobot robot) throws Exception {
        String theirs = anotherProgramChangesTheFile();
        files.answerSaveWith(dir.resolve("./pets.argumap.json"));
        saveAs(robot);
        DialogPane question = dialog(robot);
        assertEquals(FxPrompts.OVERWRITE_QUESTION, question.getHeaderText());
        robot.clickOn("Cancel");
        assertFalse(dialogShowing(robot));
        assertEquals(theirs, Files.readString(file), "Cancel leaves the other program's file");

        files.answerSaveWith(file);
        saveAs(robot);
        dialog(robot);
        robot.clickOn("Overwrite");
        assertFalse(dialogShowing(robot));
        assertNotEquals(theirs, Files.readString(file), "Overwrite writes the map in the window");
    }

    @Test
    void saveAsOntoAnotherFileOrAnUnchangedOpenFileDoesNotAsk(FxRobot robot) throws Exception {
        files.answerSaveWith(file);
        saveAs(robot);
        robot.interact(() -> { });
        assertFalse(dialogShowing(robot), "the open file as Argumap read it: the platform's dialog asked already");

        anotherProgramChangesTheFile();
        Path other = dir.resolve("copy.argumap.json");
        files.answerSaveWith(other);
        saveAs(robot);
        robot.interact(() -> { });
        assertFalse(dialogShowing(robot), "a new name overwrites nothing of another program's");
        assertTrue(Files.exists(other));
        assertEquals(other, document().file().orElseThrow());
    }
}
