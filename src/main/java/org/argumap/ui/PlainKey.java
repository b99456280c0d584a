package org.argumap.ui;

import java.util.Objects;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A menu shortcut on a key that text fields use themselves (Tab, Shift+Tab, Shift+Enter, Delete):
 * shown in the menu like any other, but it does not match while a text field has the focus.
 *
 * <p>A scene consumes every key event an accelerator matches, whether the command then runs or
 * not, so a plain Tab accelerator would stop Tab from moving between the fields of a panel, and
 * Shift+Enter from reaching a field that uses it. Not matching there leaves those keys to the
 * field; on the map and in lists they are the authoring commands.
 */
final class PlainKey extends KeyCombination {
    private final KeyCodeCombination key;

    private PlainKey(KeyCodeCombination key) {
        this.key = key;
    }

    static PlainKey of(KeyCode code, Modifier... modifiers) {
        return new PlainKey(new KeyCodeCombination(code, modifiers));
    }

    @Override
    public boolean match(KeyEvent event) {
        return key.match(event) && !(event.getTarget() instanceof TextInputControl);
    }

    @Override
    public String getName() {
        return key.getName();
    }

    @Override
    public String getDisplayText() {
        return key.getDisplayText();
    }

    // The scene keeps accelerators in a map: two plain keys must not be equal for their modifiers alone.
    @Override
    public boolean equals(Object other) {
        return other instanceof PlainKey plain && plain.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(PlainKey.class, key);
    }
}
