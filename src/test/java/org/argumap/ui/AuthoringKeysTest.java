package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.argumap.edit.MapStructure;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The authoring shortcuts on the demo map: each adds or moves boxes through one command, named in
 * the Edit menu, and is offered only where it can apply.
 */
class AuthoringKeysTest extends EditingTestBase {
    private static final KeyCodeCombination ADD_EVIDENCE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination ADD_CO_PREMISE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCodeCombination ADD_CLAIM = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private InferenceType linkType(String id) {
        return onFx(() -> MapStructure.parentInference(map(), map().statement(id)).type());
    }

    @Test
    void shiftTabAddsAnObjectionThatUndoNamesAndTypingFillsIt(FxRobot robot) {
        select(robot, "s7");
        robot.push(ADD_OBJECTION);
        String added = editedId();
        assertEquals(List.of(added), selectedIds(), "the new box is selected and being edited");
        assertEquals("s7", parentOf(added));
        assertEquals(InferenceType.ATTACK, linkType(added));
        assertEquals("Undo Add Objection", undoItem(robot));
        assertFullyInView(added);

        type("Partners can be rivals too.");
        robot.type(KeyCode.ENTER);
        assertEquals("Partners can be rivals too.", text(added));
        assertEquals("Undo Edit Text", undoItem(robot));
        robot.push(UNDO);
        assertEquals("Undo Add Objection", undoItem(robot));
        robot.push(UNDO);
        assertFalse(onFx(() -> map().contains(added)));
    }

    @Test
    void tabShiftEnterAndCtrlEnterBuildReasonsSiblingsAndClaims(FxRobot robot) {
        select(robot, "s8");
        robot.type(KeyCode.TAB);
        String reason = editedId();
        type("first");
        robot.type(KeyCode.ENTER);
        robot.push(ADD_SIBLING);
        String sibling = editedId();
        type("second");
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(reason, sibling), childrenOf("s8"), "the sibling comes right after");
        assertEquals(InferenceType.SUPPORT, linkType(sibling));

        int claims = onFx(() -> map().mainClaims().size());
        robot.push(ADD_CLAIM);
        assertEquals("Undo Add Claim", undoItem(robot));
        type("Another thesis");
        robot.type(KeyCode.ENTER);
        assertEquals(claims + 1, onFx(() -> map().mainClaims().size()));
        assertEquals(null, parentOf(primary()));
    }

    @Test
    void ctrlEAddsEvidenceAndCtrlKALinkedCoPremise(FxRobot robot) {
        select(robot, "s4");
        robot.push(ADD_EVIDENCE);
        String evidence = editedId();
        assertEquals(StatementKind.EVIDENCE, statement(evidence).kind());
        assertEquals("Undo Add Evidence", undoItem(robot));
        robot.type(KeyCode.ESCAPE);

        select(robot, "s3"); // with s4, a linked premise of “Stark asymmetry”
        robot.push(ADD_CO_PREMISE);
        String premise = editedId();
        assertEquals(List.of("s3", premise, "s4"),
                onFx(() -> MapStructure.parentInference(map(), map().statement(premise)).premises().stream()
                        .map(s -> s.id()).toList()), "it joins the group right after the selected premise");
        assertEquals("Undo Add Co-premise", undoItem(robot));
    }

    @Test
    void altArrowsPromoteDemoteAndReorder(FxRobot robot) {
        List<String> reasons = childrenOf("s9"); // s10, s11, s12
        select(robot, "s11");
        robot.push(MOVE_UP);
        assertEquals(List.of("s11", "s10", "s12"), childrenOf("s9"));
        assertEquals("Undo Reorder", undoItem(robot));
        robot.push(MOVE_DOWN);
        assertEquals(reasons, childrenOf("s9"));

        robot.push(PROMOTE);
        assertEquals("s1", parentOf("s11"), "a reason for a reason of the main claim becomes one of its reasons");
        assertEquals("Undo Promote", undoItem(robot));
        assertEquals(List.of("s11"), selectedIds());
        robot.push(DEMOTE);
        assertEquals("s9", parentOf("s11"), "demoted under its previous sibling, where it came from");
        assertEquals("Undo Demote", undoItem(robot));
    }

    @Test
    void ctrlTFlipsReasonAndObjection(FxRobot robot) {
        select(robot, "s2");
        robot.push(FLIP);
        assertEquals(InferenceType.ATTACK, linkType("s2"));
        assertEquals("Undo Change to Objection", undoItem(robot));
        robot.push(FLIP);
        assertEquals(InferenceType.SUPPORT, linkType("s2"));
    }

    @Test
    void actionsAreOfferedOnlyWhereTheyApplyAndRefusalsAreSaid(FxRobot robot) {
        select(robot, "s1");
        assertTrue(disabled(robot, "Argument", "Promote"), "a main claim is at the top already");
        assertTrue(disabled(robot, "Argument", "Add Linked Co-Premise"), "a main claim has no co-premises");
        assertTrue(disabled(robot, "Argument", "Move Up"), "the first main claim");
        assertFalse(disabled(robot, "Argument", "Add Reason"));
        robot.push(PROMOTE);
        assertEquals("s1", primary(), "nothing happened");

        select(robot, "s15"); // its step is undercut by “Nothing new”
        robot.push(PROMOTE);
        assertEquals("s1", parentOf("s15"), "refused");
        assertTrue(statusText(robot).contains("undercut"), statusText(robot));

        robot.clickOn(emptySpot());
        for (String item : List.of("Add Reason", "Add Objection", "Add Sibling", "Promote", "Demote", "Move Down")) {
            assertTrue(disabled(robot, "Argument", item), item + " needs a selected box");
        }
        assertTrue(disabled(robot, "Edit", "Delete"));
        assertFalse(disabled(robot, "Argument", "Add Claim"));
    }

    @Test
    void theMenusCarryTheAuthoringCommands(FxRobot robot) {
        List<String> edit = menuItemTexts(robot, "Edit");
        int editText = edit.indexOf("Edit Text");
        assertEquals(List.of("Edit Text", "Delete"), edit.subList(editText, editText + 2));
        assertEquals(List.of("Add Claim", "Add Reason", "Add Objection", "Add Evidence", "Add Sibling",
                "Add Linked Co-Premise", "Promote", "Demote", "Move Up", "Move Down"),
                menuItemTexts(robot, "Argument").subList(0, 10));
        assertEquals("Tab", accelerator(robot, "Argument", "Add Reason"));
        assertEquals("Alt+←", accelerator(robot, "Argument", "Promote"));
    }

    @Test
    void aTextFieldElsewhereInTheWindowKeepsTabAndShiftEnter(FxRobot robot) {
        select(robot, "s7");
        // A field such as the search or the inspector will have, beside the map.
        TextField field = new TextField();
        TextField next = new TextField();
        onFx(() -> ((BorderPane) stage.getScene().getRoot()).setRight(new VBox(field, next)));
        robot.clickOn(next);
        int statements = onFx(() -> map().statements().size());

        robot.push(ADD_SIBLING);
        robot.type(KeyCode.DELETE);
        robot.push(ADD_OBJECTION);
        assertTrue(onFx(field::isFocused), "Shift+Tab goes back to the field before");
        robot.type(KeyCode.TAB);
        assertTrue(onFx(next::isFocused), "Tab moves on to the next field");
        assertEquals(statements, onFx(() -> map().statements().size()), "no box added or deleted from a field");
        assertEquals(List.of("s7"), selectedIds());
    }

    private MenuItem item(FxRobot robot, String menu, String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return onFx(() -> bar.getMenus().stream().filter(m -> m.getText().equals(menu)).findFirst().orElseThrow()
                .getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow());
    }

    private boolean disabled(FxRobot robot, String menu, String text) {
        MenuItem item = item(robot, menu, text);
        return onFx(item::isDisable);
    }

    private String accelerator(FxRobot robot, String menu, String text) {
        MenuItem item = item(robot, menu, text);
        return onFx(() -> item.getAccelerator().getDisplayText());
    }
}
