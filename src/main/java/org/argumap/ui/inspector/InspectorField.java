package org.argumap.ui.inspector;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One text field of the inspector with its label and its message line. What the user types is not
 * the map's yet: it becomes one command when the user presses Enter or leaves the field, so each
 * field edit is one undo step. In a multi-line field Shift+Enter starts a new line, as in the
 * in-place editor. If the command is refused (a bad date), the sentence shows under the field, the
 * typed text stays for the user to correct, and the map is unchanged; Escape puts the map's value
 * back.
 */
final class InspectorField implements FieldEditor {
    /** The theme's colour for errors (AtlantaFX's name), a little smaller than the field. */
    static final String MESSAGE_STYLE = "-fx-text-fill: -color-danger-fg; -fx-font-size: 0.92em;";

    private final Label label;
    private final TextInputControl input;
    private final Label message = new Label();
    private final HBox labelRow;
    private final VBox node;
    private final Function<String, Optional<String>> commit;
    /** The map's value as last shown: the field is dirty while its text differs from it. */
    private String loaded = "";
    private String help = "";
    private Consumer<Node> reveal = node -> { };

    /**
     * @param commit turns the text into a command on the map; answers why it was refused, or empty
     */
    InspectorField(String id, String labelText, TextInputControl input, Function<String, Optional<String>> commit) {
        this.input = Objects.requireNonNull(input);
        this.commit = Objects.requireNonNull(commit);
        input.setId("inspector-" + id);
        label = new Label(labelText);
        label.setLabelFor(input);
        label.setMnemonicParsing(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        labelRow = new HBox(6, label, spacer);
        message.setId("inspector-" + id + "-message");
        message.setStyle(MESSAGE_STYLE);
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        node = new VBox(3, labelRow, input, message);
        if (input instanceof TextArea area) {
            area.setWrapText(true);
            area.addEventFilter(KeyEvent.KEY_PRESSED, this::multiLineKey);
        } else {
            input.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commitIfDirty();
                    e.consume();
                }
            });
        }
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitIfDirty();
            }
        });
    }

    Node node() {
        return node;
    }

    TextInputControl input() {
        return input;
    }

    @Override
    public Node control() {
        return input;
    }

    /** Something shown to the right of the label, such as the link that opens a source's address. */
    void addBesideLabel(Node beside) {
        labelRow.getChildren().add(beside);
    }

    /** A hint for screen readers and the prompt, such as the date forms the field accepts. */
    void setHelp(String text) {
        help = text;
        input.setAccessibleHelp(text);
    }

    /**
     * Shows the map's value. A field the user is typing in keeps the typed text, so that a change
     * elsewhere (another view, an undo) does not throw their words away.
     */
    void show(String value) {
        if (input.isFocused() && isDirty()) {
            loaded = value;
            return;
        }
        loaded = value;
        input.setText(value);
        clearMessage();
    }

    /** Shows the value of a newly shown box, whatever was typed for the previous one. */
    void reset(String value) {
        loaded = value;
        input.setText(value);
        clearMessage();
    }

    @Override
    public boolean isDirty() {
        return !input.getText().equals(loaded);
    }

    @Override
    public boolean hasMessage() {
        return message.isVisible();
    }

    /** Makes the typed text a command, if it differs from the map's value. */
    @Override
    public void commitIfDirty() {
        if (!isDirty()) {
            return;
        }
        String typed = input.getText();
        Optional<String> refusal = commit.apply(typed);
        if (refusal.isPresent()) {
            message.setText(refusal.get());
            message.setVisible(true);
            reveal.accept(message);
            input.setAccessibleHelp(refusal.get());
        } else {
            loaded = typed;
            clearMessage();
        }
    }

    @Override
    public void applyTyped() {
        commit.apply(input.getText());
    }

    /** Escape: the map's value again, and no message. */
    @Override
    public void setOnMessage(Consumer<Node> newReveal) {
        reveal = Objects.requireNonNull(newReveal);
    }

    @Override
    public void revert() {
        input.setText(loaded);
        input.positionCaret(loaded.length());
        clearMessage();
    }

    private void clearMessage() {
        message.setVisible(false);
        message.setText("");
        input.setAccessibleHelp(help);
    }

    private void multiLineKey(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        if (e.isShiftDown()) {
            input.replaceSelection("\n");
        } else {
            commitIfDirty();
        }
        e.consume();
    }
}
