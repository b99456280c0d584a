package org.argumap.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import org.argumap.ui.canvas.MapCanvas;

/**
 * Whether the moderator's Alt keys (classify, merge, treat as bot) may act now, wherever the
 * focus is: on the canvas, in the outline, on the inspector's lists, buttons and read-only fields.
 * Not while the user types: in an editable text field that holds typed text not yet the map's, an
 * Alt+letter belongs to the field (a mnemonic, or on macOS, where Option+letter types "å" or "ß",
 * a character), and so in any editable field on macOS and in any field outside the inspector (the
 * search field). An inspector field that holds just the map's words passes the keys on, since
 * there a moderator reads the comment and classifies it. In-place editing is finished first, as
 * for every command on the selection ({@link CommandGate}).
 */
final class ModeratorKeys {
    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");

    private final MapCanvas canvas;
    private Predicate<Node> untouchedField = node -> false;

    ModeratorKeys(MapCanvas canvas) {
        this.canvas = Objects.requireNonNull(canvas);
    }

    /** Names the fields that hold no typing of the user's (the inspector's, when nothing is typed). */
    void passKeysFrom(Predicate<Node> fieldsWithoutTyping) {
        untouchedField = Objects.requireNonNull(fieldsWithoutTyping);
    }

    boolean mayRun() {
        if (canvas.isEditing()) {
            canvas.commitEditing();
            return true;
        }
        Scene scene = canvas.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (!(owner instanceof TextInputControl field) || !field.isEditable()) {
            return true;
        }
        return !MAC && untouchedField.test(field);
    }
}
