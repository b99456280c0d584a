package org.argumap.ui.exchange;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;

/** While a thread is fetched: which site is asked, how many answers have come, and Cancel. */
final class FetchProgressDialog extends Dialog<Void> {
    private final Label status = new Label();

    FetchProgressDialog(String address) {
        setTitle("Import from Link");
        setHeaderText("Fetching " + address);
        status.setId("fetch-status");
        status.setText("Asking the site…");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        HBox content = new HBox(12, spinner, status);
        content.setPadding(new Insets(12));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        setResultConverter(button -> null);
    }

    void showAnswers(int answers) {
        status.setText(answers + (answers == 1 ? " page" : " pages") + " fetched…");
    }
}
