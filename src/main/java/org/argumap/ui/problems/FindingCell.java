package org.argumap.ui.problems;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.argumap.analysis.feedback.Finding;
import org.argumap.analysis.feedback.Severity;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * One finding: an icon and the word for its severity (a problem and a suggestion differ in shape
 * and words, not only in colour), the message, and the hint beneath it.
 */
final class FindingCell extends ListCell<Finding> {
    /** Room for the icon, the padding and a scroll bar, taken off the list's width for wrapping. */
    private static final double GUTTER = 56;

    private final FontIcon icon = new FontIcon();
    private final Label message = new Label();
    private final Label hint = new Label();
    private final HBox row;

    FindingCell(ObservableDoubleValue listWidth) {
        message.setWrapText(true);
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, "finding-hint");
        VBox text = new VBox(2, message, hint);
        text.maxWidthProperty().bind(Bindings.max(100, Bindings.subtract(listWidth, GUTTER)));
        row = new HBox(8, icon, text);
        row.setAlignment(Pos.TOP_LEFT);
        icon.setIconSize(16);
    }

    @Override
    protected void updateItem(Finding finding, boolean empty) {
        super.updateItem(finding, empty);
        if (empty || finding == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        boolean problem = finding.severity() == Severity.PROBLEM;
        Ikon shape = problem ? MaterialDesignA.ALERT_CIRCLE_OUTLINE : MaterialDesignL.LIGHTBULB_ON_OUTLINE;
        icon.setIconCode(shape);
        // The theme's colours on top of the shape and the word, never instead of them. The style
        // names the icon's font too: an inline style without one gives the icon the cell's font,
        // which has no such glyph (as in OutlineCell).
        String font = IkonResolver.getInstance().resolve(shape.getDescription()).getFontFamily();
        icon.setStyle("-fx-font-family: '" + font + "'; -fx-icon-color: "
                + (problem ? "-color-danger-fg" : "-color-accent-fg") + ";");
        String word = problem ? "Problem" : "Suggestion";
        message.setText(word + ": " + finding.message());
        hint.setText(finding.hint());
        setText(null);
        setGraphic(row);
        setAccessibleText(word + ": " + finding.message() + " " + finding.hint());
    }
}
