package org.argumap.ui.help;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys and gestures that are not menu accelerators: the map's plain keys (which act only while
 * the map has the focus), the in-place editor's keys, the mouse, and the keys of a presentation. The menus' shortcuts are read
 * off the menu bar ({@link MenuShortcuts}); these have no menu item to read, so they are listed
 * here, in one place, beside the controllers' own documentation (canvas.md).
 */
public final class CanvasShortcuts {
    static final String ON_THE_MAP = "On the map";
    static final String EDITING = "Editing a box's text";
    static final String MOUSE = "Mouse and touchpad";
    static final String PRESENTING = "While presenting (View › Present)";

    private CanvasShortcuts() {
    }

    public static List<Shortcut> all() {
        return List.of(
                map("Select the box this one bears on", key(KeyCode.UP)),
                map("Select its first reason, objection or evidence", key(KeyCode.DOWN)),
                map("Select the previous / next sibling", key(KeyCode.LEFT) + " / " + key(KeyCode.RIGHT)),
                map("Edit the selected box's text", key(KeyCode.ENTER) + " or " + key(KeyCode.F2)),
                map("Start editing with the typed character", "typing a letter or digit"),
                map("Collapse or expand the selected branch", key(KeyCode.SPACE)),
                map("Zoom in / out", "+ / −"),
                map("Fit the map into the window", "0"),
                map("Pan a step (with Shift: a screen)", withShortcut(KeyCode.LEFT) + ", …"),
                map("Pan a screen (with Shift: sideways)", key(KeyCode.PAGE_UP) + " / " + key(KeyCode.PAGE_DOWN)),
                map("Select nothing", key(KeyCode.ESCAPE)),
                map("Show this sheet", "?"),
                new Shortcut(EDITING, "Finish editing", key(KeyCode.ENTER)),
                new Shortcut(EDITING, "New line in the text",
                        new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHIFT_DOWN).getDisplayText()),
                new Shortcut(EDITING, "Cancel editing", key(KeyCode.ESCAPE)),
                mouse("Select a box", "click"),
                mouse("Add a box to the selection, or take it out", "Shift+click or " + modifier() + "click"),
                mouse("Edit a box's text", "double-click"),
                mouse("Move boxes (one undo step)", "drag a box"),
                mouse("Connect as a reason, objection or undercut", "drag a box's handle onto another box"),
                mouse("Pan", "drag the background, or drag with the middle button"),
                mouse("Select the boxes inside a band (with " + modifier() + " too: add them)",
                        "Shift+drag on the background"),
                mouse("Pan up and down; sideways", "wheel; Shift+wheel"),
                mouse("Zoom around the pointer", modifier() + "wheel, or pinch"),
                mouse("Collapse or expand a branch", "click ▾ or ▸ under a box"),
                mouse("The box's or the map's menu", "right-click"),
                mouse("Move the view there", "click or drag in the minimap"),
                // As ui.present.PresenterKey has them; clickers send Page Down and Page Up.
                presenting("Next step", key(KeyCode.RIGHT) + ", " + key(KeyCode.SPACE) + ", " + key(KeyCode.PAGE_DOWN)
                        + ", " + key(KeyCode.DOWN) + " or " + key(KeyCode.ENTER)),
                presenting("Previous step", key(KeyCode.LEFT) + ", " + key(KeyCode.PAGE_UP) + ", " + key(KeyCode.UP)
                        + " or " + key(KeyCode.BACK_SPACE)),
                presenting("The overview / the last step", key(KeyCode.HOME) + " / " + key(KeyCode.END)),
                presenting("The whole map in view, and back", "O"),
                presenting("Laser pointer on or off", "L"),
                presenting("Presenter's notes on or off (one screen)", "N"),
                presenting("Black screen, and back", "B or ."),
                presenting("Stop presenting, back to the editor", key(KeyCode.ESCAPE)));
    }

    private static Shortcut map(String command, String keys) {
        return new Shortcut(ON_THE_MAP, command, keys);
    }

    private static Shortcut presenting(String command, String keys) {
        return new Shortcut(PRESENTING, command, keys);
    }

    private static Shortcut mouse(String command, String gesture) {
        return new Shortcut(MOUSE, command, gesture);
    }

    private static String key(KeyCode code) {
        return new KeyCodeCombination(code).getDisplayText();
    }

    private static String withShortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN).getDisplayText();
    }

    /** The shortcut modifier as the platform writes it before a key: "Ctrl+" here, "⌘" on macOS. */
    private static String modifier() {
        String withA = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN).getDisplayText();
        return withA.substring(0, withA.length() - 1);
    }
}
