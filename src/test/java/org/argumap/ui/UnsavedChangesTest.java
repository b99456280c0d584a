package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.WindowEvent;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;
import org.argumap.ui.dialog.FxPrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class UnsavedChangesTest extends MainWindowTestBase {

    private ArgumentMap makeDirty() {
        ArgumentMap open = map();
        String id = open.statements().get(0).id();
        onFx(() -> document().history().execute(new MoveBoxCommand(open, id, new Position(1, 2))));
        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK));
        return open;
    }

    @Test
    void newWithUnsavedChangesAsksAndCancelKeepsTheMap(FxRobot robot) {
        ArgumentMap open = makeDirty();

        robot.clickOn("File");
        robot.clickOn("New");
        DialogPane question = dialog(robot);
        assertEquals(FxPrompts.saveQuestion(DEMO_NAME), question.getHeaderText());
        assertEquals("Save changes to " + DEMO_NAME + " before closing?", question.getHeaderText());
        robot.clickOn("Cancel");

        assertFalse(dialogShowing(robot));
        assertSame(open, map());
        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK));
    }

    @Test
    void dontSaveDiscardsTheChanges(FxRobot robot) {
        makeDirty();
        robot.clickOn("File");
        robot.clickOn("New");
        dialog(robot);
        robot.clickOn("Don't Save");

        assertTrue(map().isEmpty());
        assertEquals("Untitled — Argumap", title());
    }

    @Test
    void saveWritesTheChangesBeforeClosing(FxRobot robot, @TempDir Path dir) throws Exception {
        makeDirty();
        Path target = dir.resolve("kept.argumap.json");
        files.answerSaveWith(target);
        robot.clickOn("File");
        robot.clickOn("Close");
        dialog(robot);
        robot.clickOn("Save");

        assertTrue(map().isEmpty(), "closed after saving");
        assertEquals(new Position(1, 2),
                new ArgumapJsonFormat().read(target).map().statements().get(0).position(), "the change was saved");
    }

    @Test
    void aCleanMapClosesWithoutAsking(FxRobot robot) {
        robot.clickOn("File");
        robot.clickOn("Close");
        assertFalse(dialogShowing(robot));
        assertTrue(map().isEmpty());
    }

    @Test
    void closingTheWindowWithUnsavedChangesAsksFirst(FxRobot robot) {
        makeDirty();
        robot.interact(() -> javafx.application.Platform.runLater(
                () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST))));
        dialog(robot);
        robot.clickOn("Cancel");

        assertTrue(onFx(stage::isShowing), "Cancel keeps the window open");
        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK));
    }

    @Test
    void quitAsksAndCancelKeepsTheWindowDontSaveClosesIt(FxRobot robot) {
        makeDirty();
        robot.push(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        DialogPane question = dialog(robot);
        assertEquals(FxPrompts.saveQuestion(DEMO_NAME), question.getHeaderText());
        robot.clickOn("Cancel");
        assertTrue(onFx(stage::isShowing));

        robot.push(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        dialog(robot);
        robot.clickOn("Don't Save");
        assertFalse(onFx(stage::isShowing), "the window closed, and with it the application");
    }

    @Test
    void aFailedSaveReportsAndLeavesTheMapDirty(FxRobot robot, @TempDir Path dir) throws Exception {
        makeDirty();
        Path notWritable = Files.createDirectory(dir.resolve("a-folder.argumap.json"));
        files.answerSaveWith(notWritable);
        robot.clickOn("File");
        robot.clickOn("Save As…");

        DialogPane alert = dialog(robot);
        assertTrue(alert.getHeaderText().contains("a-folder.argumap.json"), alert.getHeaderText());
        robot.clickOn("OK");
        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK), "still unsaved");
        assertEquals(DEMO_NAME, document().name(), "and still the same document");
    }
}
