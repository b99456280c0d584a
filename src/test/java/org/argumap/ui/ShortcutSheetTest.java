package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.argumap.ui.help.AboutDialog;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Help › Keyboard Shortcuts: opened with F1 or "?", read off the menu bar, filtered, closed with Escape or F1. */
class ShortcutSheetTest extends CanvasTestBase {

    /** A line of the sheet as shown: "command | keys". */
    private List<String> lines(FxRobot robot) {
        return onFx(() -> {
            List<String> lines = new ArrayList<>();
            for (Node row : robot.lookup(".shortcut-row").queryAll()) {
                List<Node> labels = ((HBox) row).getChildren();
                lines.add(((Label) labels.get(0)).getText() + " | " + ((Label) labels.get(1)).getText());
            }
            return lines;
        });
    }

    private boolean sheetShowing(FxRobot robot) {
        return onFx(() -> robot.lookup("#shortcut-filter").tryQuery().map(n -> n.getScene().getWindow().isShowing())
                .orElse(false));
    }

    /** Every menu item that has a shortcut, as "Text | shortcut", read from the menu bar. */
    private List<String> menuAccelerators(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return onFx(() -> {
            List<String> found = new ArrayList<>();
            for (Menu menu : bar.getMenus()) {
                collect("", menu.getItems(), found);
            }
            return found;
        });
    }

    private static void collect(String prefix, List<MenuItem> items, List<String> into) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                collect(prefix + submenu.getText() + " › ", submenu.getItems(), into);
            } else if (!(item instanceof SeparatorMenuItem) && item.getAccelerator() != null) {
                into.add(prefix + item.getText() + " | " + item.getAccelerator().getDisplayText());
            }
        }
    }

    @Test
    void f1ListsEveryMenuShortcutAndTheMapsOwnKeysAndEscapeCloses(FxRobot robot) {
        robot.clickOn(emptySpot());
        robot.type(KeyCode.F1);
        assertTrue(sheetShowing(robot));

        List<String> lines = lines(robot);
        String undo = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).getDisplayText();
        assertTrue(lines.contains("Undo | " + undo), lines.toString());
        assertTrue(lines.contains("Paste | " + new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN)
                .getDisplayText()), lines.toString());
        List<String> accelerators = menuAccelerators(robot);
        assertTrue(accelerators.size() > 10, "the menus have shortcuts: " + accelerators);
        for (String accelerator : accelerators) {
            assertTrue(lines.contains(accelerator), "the sheet lists " + accelerator + ": " + lines);
        }
        assertTrue(lines.contains("Show this sheet | ?"), "and the map's plain keys");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Select the boxes inside a band")), "and the mouse");

        robot.type(KeyCode.ESCAPE);
        assertFalse(sheetShowing(robot));
    }

    @Test
    void theFilterKeepsTheLinesWithEveryWordTyped(FxRobot robot) {
        robot.type(KeyCode.F1);
        int all = lines(robot).size();
        TextField filter = robot.lookup("#shortcut-filter").queryAs(TextField.class);
        assertTrue(onFx(() -> filter.isFocused()), "the filter has the focus: typing filters at once");
        robot.targetWindow(onFx(() -> filter.getScene().getWindow())); // where TestFX's write() types
        robot.write("paste");
        List<String> pasteLines = lines(robot);
        assertTrue(pasteLines.size() < all && !pasteLines.isEmpty(), pasteLines.toString());
        assertTrue(pasteLines.stream().anyMatch(l -> l.startsWith("Paste | ")), pasteLines.toString());
        assertTrue(pasteLines.stream().allMatch(l -> l.toLowerCase().contains("paste")), pasteLines.toString());

        robot.write(" zzz");
        assertEquals(List.of(), lines(robot));
        assertTrue(robot.lookup("#shortcut-none").tryQuery().isPresent(), "says that nothing matches");

        robot.type(KeyCode.F1);
        assertFalse(sheetShowing(robot), "F1 closes it again");
    }

    @Test
    void aQuestionMarkOnTheMapOpensTheSheetButNotInATextField(FxRobot robot) {
        TextField field = new TextField();
        onFx(() -> ((VBox) ((BorderPane) stage.getScene().getRoot()).getTop()).getChildren().add(field));
        robot.clickOn(field);
        robot.write("why?");
        assertEquals("why?", onFx(() -> field.getText()));
        assertFalse(sheetShowing(robot), "a question mark typed into a field is text");

        robot.clickOn(emptySpot());
        robot.write("?");
        assertTrue(sheetShowing(robot), "typed on the map, ? opens the sheet");
    }

    @Test
    void aboutNamesTheVersionAndTheLicence(FxRobot robot) {
        choose(robot, "Help", AboutDialog.TITLE);
        DialogPane about = dialog(robot);
        assertEquals("Argumap development", about.getHeaderText(), "run from classes, without a jar manifest");
        assertTrue(about.getContentText().contains("Apache License 2.0"), about.getContentText());
    }
}
