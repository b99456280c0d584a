package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.argumap.io.json.ArgumapJsonFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Words typed into a box and not yet committed are part of the map for the File menu: choosing
 * Save with the mouse saves them, and choosing New asks about them instead of dropping them.
 */
class UnappliedTypingTest extends EditingTestBase {
    private static final String BOX = "s5";

    @TempDir
    Path dir;

    @Test
    void saveAsChosenWithTheMouseWhileTypingSavesTheTypedWords(FxRobot robot) throws Exception {
        select(robot, BOX);
        robot.type(KeyCode.ENTER);
        type(" Typed just before saving.");
        Path target = dir.resolve("typed.argumap.json");
        files.answerSaveWith(target);

        choose(robot, "File", "Save As…");

        assertFalse(editing(), "the edit was committed");
        String saved = new ArgumapJsonFormat().read(target).map().statement(BOX).text();
        assertTrue(saved.endsWith(" Typed just before saving."), saved);
        assertFalse(document().isDirty());
    }

    @Test
    void newChosenWithTheMouseWhileTypingAsksAboutTheTypedWords(FxRobot robot) {
        select(robot, BOX);
        robot.type(KeyCode.ENTER);
        type(" Not to be lost.");

        robot.clickOn("File");
        robot.clickOn("New");
        robot.clickOn("Cancel");

        assertEquals(DEMO_NAME, document().name(), "the map stays open");
        assertTrue(text(BOX).endsWith(" Not to be lost."), "with the words as an edit");
        assertTrue(document().isDirty());
        assertEquals("Undo Edit Text", undoItem(robot));
    }
}
