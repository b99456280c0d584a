package org.argumap.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import org.argumap.ui.canvas.MapCanvas;

/**
 * Whether a command on the selected boxes may run now, for the actions whose shortcuts are plain
 * keys (Tab, Delete, Shift+Enter) or act on what is selected.
 *
 * <p>Scene accelerators fire wherever the focus is, also in a text field, where Tab or Shift+Enter
 * belong to the field: then the command must not run. The in-place editor is different: a menu
 * item chosen or a shortcut pressed while a box is being edited means "done with this text, now
 * do that", so the edit is committed first and the command runs.
 */
final class CommandGate {
    private CommandGate() {
    }

    /** Commits in-place editing if it is going on; false while the user types in another text field. */
    static boolean mayRun(MapCanvas canvas) {
        if (canvas.isEditing()) {
            canvas.commitEditing();
            return true;
        }
        Scene scene = canvas.getScene();
        return scene == null || !(scene.getFocusOwner() instanceof TextInputControl);
    }
}
