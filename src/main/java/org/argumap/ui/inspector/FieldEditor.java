package org.argumap.ui.inspector;

import java.util.function.Consumer;
import javafx.scene.Node;

/** What the panel asks of every field: is something typed and not yet applied, apply it, drop it. */
interface FieldEditor {
    /** The control that takes the focus. */
    Node control();

    /** Text typed that is not the map's yet. */
    boolean isDirty();

    /** Whether a refusal is showing under the field. */
    boolean hasMessage();

    void commitIfDirty();

    /**
     * Runs the edit the typed text would become, for {@link InspectorEdits#onto}, without changing
     * the field; nothing for fields whose choice is its edit at once.
     */
    default void applyTyped() {
    }

    /** Back to the map's value, without a message. */
    void revert();

    /** Who scrolls a refusal into view when it shows under the field. */
    void setOnMessage(Consumer<Node> reveal);
}
