package org.argumap.ui.inspector;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A field chosen from a list (a statement's kind, a link's type) or, when editable, typed with
 * suggestions (an inference's scheme). Picking a value is the edit: one command, one undo step.
 * Values shown because the map changed are not edits.
 */
final class ChoiceField<T> implements FieldEditor {
    private final ComboBox<T> box = new ComboBox<>();
    private final Label label;
    private final Label message = new Label();
    private final VBox node;
    private final Function<T, Optional<String>> commit;
    private boolean showing;
    private Consumer<Node> reveal = node -> { };

    ChoiceField(String id, String labelText, List<T> choices, Function<T, String> names,
            Function<T, Optional<String>> commit) {
        this.commit = Objects.requireNonNull(commit);
        box.setId("inspector-" + id);
        box.getItems().setAll(choices);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : names.apply(value);
            }

            @Override
            public T fromString(String text) {
                // Only an editable box of strings asks this; its text is its value.
                @SuppressWarnings("unchecked")
                T typed = (T) (text == null ? "" : text.strip());
                return typed;
            }
        });
        label = new Label(labelText);
        label.setMnemonicParsing(false);
        label.setLabelFor(box);
        message.setId("inspector-" + id + "-message");
        message.setStyle(InspectorField.MESSAGE_STYLE);
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        node = new VBox(3, label, box, message);
        box.valueProperty().addListener((o, old, now) -> {
            if (!showing && now != null && !now.equals(old)) {
                picked(now, old);
            }
        });
    }

    Node node() {
        return node;
    }

    ComboBox<T> box() {
        return box;
    }

    @Override
    public Node control() {
        return box;
    }

    @Override
    public boolean hasMessage() {
        return message.isVisible();
    }

    /** Shows the map's value (null for "several different"), keeping text the user is typing. */
    void show(T value) {
        if (box.isFocused() && isDirty()) {
            return;
        }
        reset(value);
    }

    /** Shows the map's value without making an edit of it, whatever was typed before. */
    void reset(T value) {
        showing = true;
        try {
            box.setValue(value);
            if (box.isEditable()) {
                box.getEditor().setText(value == null ? "" : box.getConverter().toString(value));
            }
        } finally {
            showing = false;
        }
        message.setVisible(false);
    }

    /** The choices besides the map's value, such as the schemes already used in the map. */
    void setChoices(List<T> choices) {
        T value = box.getValue();
        showing = true;
        try {
            box.getItems().setAll(choices);
            box.setValue(value);
        } finally {
            showing = false;
        }
    }

    /** An editable box whose typed text has not become its value yet. */
    @Override
    public boolean isDirty() {
        return box.isEditable() && !box.getEditor().getText().strip()
                .equals(box.getValue() == null ? "" : box.getConverter().toString(box.getValue()));
    }

    @Override
    public void commitIfDirty() {
        if (isDirty()) {
            box.commitValue();
        }
    }

    @Override
    public void setOnMessage(Consumer<Node> newReveal) {
        reveal = Objects.requireNonNull(newReveal);
    }

    @Override
    public void revert() {
        reset(box.getValue());
    }

    private void picked(T now, T old) {
        Optional<String> refusal = commit.apply(now);
        if (refusal.isPresent()) {
            reset(old);
            message.setText(refusal.get());
            message.setVisible(true);
            reveal.accept(message);
        } else {
            message.setVisible(false);
        }
    }
}
