package org.argumap.ui.exchange;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.argumap.analysis.summary.SummaryMarkdown;

/**
 * Asked before a thread summary is written: how long it may be, in characters, since every site
 * limits a comment (Reddit and Lemmy to 10,000, Discourse to 32,000 unless its admin says
 * otherwise). What does not fit is cut, least important first.
 */
public final class SummaryBudgetDialog extends Dialog<Integer> {
    public static final ButtonType EXPORT = new ButtonType("Export…", ButtonData.OK_DONE);

    private final TextField budget = new TextField();

    public SummaryBudgetDialog(int current) {
        setTitle("Export Thread Summary");
        setHeaderText("A summary of the classified replies, in Markdown for Reddit, Lemmy or Discourse");
        budget.setId("summary-budget");
        budget.setText(Integer.toString(current));
        budget.setPrefColumnCount(8);
        Label label = new Label("_Length budget (characters):");
        label.setMnemonicParsing(true);
        label.setLabelFor(budget);
        Label note = new Label("Reddit and Lemmy take up to 10,000 characters in a comment, Discourse 32,000 unless"
                + " its admin set another limit. What does not fit is left out, least important first, and the"
                + " summary says how many more there were. At least " + SummaryMarkdown.MINIMUM_BUDGET + ".");
        note.setWrapText(true);
        note.setMaxWidth(460);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.add(label, 0, 0);
        grid.add(budget, 1, 0);
        grid.add(note, 0, 1, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().addAll(EXPORT, ButtonType.CANCEL);
        getDialogPane().lookupButton(EXPORT).disableProperty()
                .bind(budget.textProperty().map(text -> parse(text) < SummaryMarkdown.MINIMUM_BUDGET));
        setResultConverter(button -> button == EXPORT ? parse(budget.getText()) : null);
        setOnShown(e -> budget.requestFocus());
    }

    /** The number typed, or -1 for anything else; spaces and thousands separators are allowed. */
    static int parse(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s,.'’_]", "");
        if (!digits.matches("\\d{1,9}")) {
            return -1;
        }
        return Integer.parseInt(digits);
    }
}
