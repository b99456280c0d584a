package org.argumap.ui;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.MapStructure;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxRobot;

/** The demo map in the main window, edited from the keyboard: shortcuts and what to look at. */
abstract class EditingTestBase extends CanvasTestBase {
    static final KeyCodeCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCodeCombination ADD_OBJECTION = new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHIFT_DOWN);
    static final KeyCodeCombination ADD_SIBLING = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN);
    static final KeyCodeCombination NEW_LINE = ADD_SIBLING;
    static final KeyCodeCombination PROMOTE = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCodeCombination DEMOTE = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    static final KeyCodeCombination MOVE_UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    static final KeyCodeCombination MOVE_DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    static final KeyCodeCombination FLIP = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    Statement statement(String id) {
        return onFx(() -> map().statement(id));
    }

    String text(String id) {
        return statement(id).text();
    }

    /** What the statement bears on, by id; null for a main claim. */
    String parentOf(String id) {
        return onFx(() -> {
            MapNode parent = MapStructure.parent(map(), map().statement(id));
            return parent == null ? null : parent.id();
        });
    }

    List<String> childrenOf(String id) {
        return onFx(() -> MapStructure.children(map(), map().node(id)).stream().map(Statement::id).toList());
    }

    String primary() {
        return onFx(() -> document().selection().primary().orElse(null));
    }

    /** Selects a box with a click, as a user would. */
    void select(FxRobot robot, String id) {
        robot.clickOn(screenCentreOf(id));
    }

    boolean editing() {
        return onFx(() -> canvas().isEditing());
    }

    String editedId() {
        return onFx(() -> canvas().editingProperty().get());
    }

    String editorText() {
        return onFx(() -> canvas().editorTextArea().getText());
    }

    /** The Edit menu's first item: "Undo …" after the step that can be undone. */
    String undoItem(FxRobot robot) {
        return menuItemTexts(robot, "Edit").get(0);
    }

    int undoSteps() {
        return onFx(() -> document().history().undoCount());
    }

    String statusText(FxRobot robot) {
        return onFx(() -> robot.lookup(".status-bar").queryAs(StatusBar.class).getText());
    }

    void type(String text) {
        TypedText.type(stage, text);
    }
}
