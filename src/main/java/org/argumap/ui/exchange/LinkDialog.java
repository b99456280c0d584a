package org.argumap.ui.exchange;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.argumap.fetch.FetchException;
import org.argumap.fetch.ThreadLink;

/**
 * File › Import from Link…: asks for the address of a thread and says, while it is typed or
 * pasted, whether Argumap knows it and from which site; Next stays off until it does.
 */
final class LinkDialog extends Dialog<ThreadLink> {
    static final ButtonType NEXT = new ButtonType("Next", ButtonData.NEXT_FORWARD);

    private final TextField field = new TextField();
    private final Label message = new Label();
    private ThreadLink recognised;

    LinkDialog(String initial) {
        setTitle("Import from Link");
        setHeaderText("Import a thread from its address");
        field.setId("link-field");
        field.setPromptText("https://lemmy.world/post/123");
        field.setPrefColumnCount(42);
        message.setId("link-message");
        message.setWrapText(true);
        message.setMaxWidth(480);
        Label sites = new Label("Reddit, Lemmy, PieFed, Hacker News and Discourse. Argumap asks only the site in the"
                + " link (for Hacker News, its API at hn.algolia.com), and sends no password or cookie.");
        sites.setWrapText(true);
        sites.setMaxWidth(480);
        sites.getStyleClass().add("thread-options-note");
        VBox content = new VBox(8, new Label("_Address:") {
            {
                setMnemonicParsing(true);
                setLabelFor(field);
            }
        }, field, message, sites);
        content.setPadding(new Insets(12));
        getDialogPane().setContent(content);
        getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().addAll(NEXT, ButtonType.CANCEL);
        Node next = getDialogPane().lookupButton(NEXT);
        field.textProperty().addListener((o, old, now) -> recognise(now, next));
        field.setText(initial);
        recognise(initial, next);
        setOnShown(e -> field.requestFocus());
        setResultConverter(button -> button == NEXT ? recognised : null);
    }

    private void recognise(String text, Node next) {
        try {
            recognised = ThreadLink.of(text);
            message.setText(recognised.site().label() + " on " + recognised.link().getHost() + ".");
        } catch (FetchException e) {
            recognised = null;
            message.setText(text == null || text.isBlank() ? "" : e.getMessage());
        }
        next.setDisable(recognised == null);
    }
}
