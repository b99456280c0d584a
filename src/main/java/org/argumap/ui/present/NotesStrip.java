package org.argumap.ui.present;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The presenter's notes at the bottom of the presentation, for a teacher with one screen: the
 * current step's notes and what comes next. Off until N is pressed, since the class sees it too.
 */
final class NotesStrip extends VBox {
    private final Label notes = new Label();
    private final Label next = new Label();

    NotesStrip() {
        super(6);
        setId("presentation-notes");
        setPadding(new Insets(14, 140, 16, 28)); // room at the right for the counter
        setStyle("-fx-background-color: rgb(28, 36, 54);");
        setMaxHeight(USE_PREF_SIZE);
        notes.setWrapText(true);
        notes.setStyle("-fx-text-fill: white; -fx-font-size: 20px;");
        next.setWrapText(true);
        next.setStyle("-fx-text-fill: #b8c4d8; -fx-font-size: 15px;");
        getChildren().addAll(notes, next);
        setMouseTransparent(true);
        setVisible(false);
    }

    void show(String notesText, String nextText) {
        notes.setText(notesText.isBlank() ? "No notes for this step." : notesText);
        next.setText(nextText);
    }

    String notesText() {
        return notes.getText();
    }
}
