package org.argumap.ui.dialog;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;

/** The number in a spinner's field as the user left it, for dialogs confirmed from the keyboard. */
public final class TypedNumber {
    private TypedNumber() {
    }

    /**
     * The number in the field, also when the user typed it and pressed Enter for the dialog's
     * button without leaving the field (a spinner takes typed text only on focus loss), kept within
     * the spinner's bounds; what does not parse keeps the last value.
     */
    public static int of(Spinner<Integer> spinner) {
        IntegerSpinnerValueFactory factory = (IntegerSpinnerValueFactory) spinner.getValueFactory();
        try {
            int typed = Integer.parseInt(spinner.getEditor().getText().strip());
            return Math.max(factory.getMin(), Math.min(factory.getMax(), typed));
        } catch (NumberFormatException e) {
            return factory.getValue();
        }
    }
}
