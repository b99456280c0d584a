package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.argumap.model.MapAssertions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Delete and Backspace on the demo map: a single box goes at once, a whole branch after a
 * question; Undo brings everything back; the selection stays somewhere sensible.
 */
class DeleteKeysTest extends EditingTestBase {

    private List<String> described() {
        return onFx(() -> MapAssertions.describe(map()));
    }

    @Test
    void aBoxWithNothingBelowGoesWithoutAQuestion(FxRobot robot) {
        List<String> before = described();
        select(robot, "s12"); // the last of three reasons for “Conditional support”
        robot.type(KeyCode.DELETE);

        assertFalse(dialogShowing(robot));
        assertFalse(onFx(() -> map().contains("s12")));
        assertEquals(List.of("s11"), selectedIds(), "the sibling before it is selected");
        assertEquals("Undo Delete", undoItem(robot));
        robot.push(UNDO);
        assertEquals(before, described());
    }

    @Test
    void backspaceDeletesTooAndAnOnlyChildHandsTheSelectionToItsParent(FxRobot robot) {
        select(robot, "s8");
        robot.type(KeyCode.BACK_SPACE);
        assertFalse(onFx(() -> map().contains("s8")));
        assertEquals(List.of("s7"), selectedIds());
    }

    @Test
    void aWholeBranchIsDeletedOnlyAfterAskingAndUndoBringsItBack(FxRobot robot) {
        List<String> before = described();
        select(robot, "s9"); // with its three reasons
        robot.type(KeyCode.DELETE);

        DialogPane question = dialog(robot);
        assertEquals("Delete “Beijing’s support for Moscow is often…” and the 3 statements below it?",
                question.getHeaderText());
        robot.clickOn("Cancel");
        assertEquals(before, described(), "Cancel deletes nothing");

        robot.type(KeyCode.DELETE);
        dialog(robot);
        robot.type(KeyCode.ENTER); // Delete is the default button
        assertFalse(dialogShowing(robot));
        for (String gone : List.of("s9", "s10", "s11", "s12")) {
            assertFalse(onFx(() -> map().contains(gone)), gone);
        }
        assertEquals(List.of("s7"), selectedIds(), "the sibling before it");
        assertEquals("Undo Delete Branch", undoItem(robot));

        robot.push(UNDO);
        assertEquals(before, described());
    }

    @Test
    void deletingTheBoxBeingEditedFinishesTheEditFirst(FxRobot robot) {
        select(robot, "s12");
        robot.type(KeyCode.ENTER);
        type(" (edited)");
        choose(robot, "Edit", "Delete");
        assertFalse(editing());
        assertFalse(onFx(() -> map().contains("s12")));
        robot.push(UNDO);
        assertTrue(text("s12").endsWith(" (edited)"), "the edit was committed first, then deleted");
    }
}
