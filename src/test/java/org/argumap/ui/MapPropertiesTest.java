package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.model.MapInfo;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class MapPropertiesTest extends MainWindowTestBase {

    private void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field);
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(text);
    }

    @Test
    void editedPropertiesAreOneUndoableStep(FxRobot robot) {
        MapInfo before = map().info();

        choose(robot, "Edit", "Map Properties…");
        replaceText(robot, "#map-title", "Spies and partners");
        replaceText(robot, "#map-authors", "Ana\nBo");
        robot.clickOn("OK");

        MapInfo after = map().info();
        assertEquals("Spies and partners", after.title());
        assertEquals(List.of("Ana", "Bo"), after.authors());
        assertEquals(before.description(), after.description(), "untouched fields stay");
        assertEquals(before.created(), after.created());
        assertTrue(title().startsWith(WindowTitle.DIRTY_MARK));

        // Monocle drops clicks on a menu reopened after a dialog closed (a real X server does not),
        // so the menu is checked for its wording and the undo is done with the keyboard.
        assertTrue(menuItemTexts(robot, "Edit").contains("Undo Change Map Properties"));
        robot.push(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, map().info());
        assertFalse(title().startsWith(WindowTitle.DIRTY_MARK));
    }

    @Test
    void cancelChangesNothing(FxRobot robot) {
        choose(robot, "Edit", "Map Properties…");
        replaceText(robot, "#map-title", "Never mind");
        robot.clickOn("Cancel");
        assertFalse(document().isDirty());
        assertFalse(document().history().canUndo());
    }

    @Test
    void theStatusBarCountsTheMap(FxRobot robot) {
        Label counts = robot.lookup("#status-counts").queryAs(Label.class);
        int statements = map().statements().size();
        int inferences = map().inferences().size();
        assertEquals(statements + " statements · " + inferences + " inferences · 1 main claim", onFx(counts::getText));
    }
}
