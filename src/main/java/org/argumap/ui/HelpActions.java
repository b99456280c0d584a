package org.argumap.ui;

import static org.argumap.ui.EditorActions.action;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.help.AboutDialog;
import org.argumap.ui.help.ShortcutSheet;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;

/**
 * The Help menu: Keyboard Shortcuts (F1, or {@code ?} typed on the map) opens the shortcut sheet,
 * read off the menu bar; About Argumap shows the version and the licence.
 */
final class HelpActions {
    final Action shortcuts;
    final Action about;

    private final MapCanvas canvas;
    private final ShortcutSheet sheet;
    private MenuBar menuBar;

    HelpActions(MapCanvas canvas) {
        this.canvas = canvas;
        this.sheet = new ShortcutSheet(this::window, () -> menuBar == null ? List.of() : menuBar.getMenus());
        shortcuts = action(ShortcutSheet.TITLE, MaterialDesignK.KEYBOARD_OUTLINE, new KeyCodeCombination(KeyCode.F1),
                e -> sheet.show());
        about = action(AboutDialog.TITLE, MaterialDesignI.INFORMATION_OUTLINE, null, e -> AboutDialog.show(window()));
        canvas.addEventHandler(KeyEvent.KEY_TYPED, this::typedOnMap);
    }

    /** The Help menu. */
    List<Action> items() {
        return List.of(shortcuts, about);
    }

    /** The menu bar the sheet lists; set once the window has built it from the actions. */
    void listMenusOf(MenuBar bar) {
        menuBar = bar;
    }

    ShortcutSheet sheet() {
        return sheet;
    }

    /**
     * {@code ?} is one of the map's plain keys, which act only while the map itself has the focus:
     * typed into the in-place editor (a child of the map) or any other field, it is text.
     */
    private void typedOnMap(KeyEvent e) {
        if (!"?".equals(e.getCharacter()) || e.isShortcutDown() || e.isAltDown()
                || e.getTarget() instanceof TextInputControl) {
            return;
        }
        Scene scene = canvas.getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl) {
            return;
        }
        sheet.show();
        e.consume();
    }

    private Window window() {
        return canvas.getScene() == null ? null : canvas.getScene().getWindow();
    }
}
