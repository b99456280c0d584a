package org.argumap.ui.moderation;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.argumap.edit.BotMarks;
import org.argumap.edit.SelectionListener;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.render.CommentLine;
import org.argumap.ui.MapDocument;

/**
 * The inspector's section for a statement imported from a thread: who wrote the comment, its score
 * and time, its id and address on the site, and whether it was deleted, in read-only fields (the
 * site's facts, which editing could only falsify; they can be selected and copied). A button
 * treats the author as a bot, or stops. Shown only while one imported comment is selected.
 */
public final class CommentSection extends VBox {
    private final TextField author = field("inspector-comment-author");
    private final TextField score = field("inspector-comment-score");
    private final TextField time = field("inspector-comment-time");
    private final TextField sourceId = field("inspector-comment-id");
    private final TextField status = field("inspector-comment-status");
    private final Button bot = new Button();
    private final Runnable toggleBot;
    private final MapListener listener = event -> {
        if (!(event instanceof MapEvent.NodeMoved)) {
            schedule();
        }
    };
    private final SelectionListener selectionListener = selection -> schedule();
    private MapDocument watched;
    private boolean pending;

    /**
     * @param documents the open document, followed as it changes
     * @param toggleBot Moderation › Treat Author as Bot, run by the button
     */
    public CommentSection(ObservableValue<MapDocument> documents, Runnable toggleBot) {
        super(8);
        this.toggleBot = Objects.requireNonNull(toggleBot);
        setId("inspector-comment-section");
        Label heading = new Label("Comment");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 1.05em;");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        String[] names = {"Author", "Score", "Posted", "Id", "Status"};
        TextField[] fields = {author, score, time, sourceId, status};
        for (int i = 0; i < fields.length; i++) {
            Label label = new Label(names[i]);
            label.setLabelFor(fields[i]);
            grid.add(label, 0, i);
            grid.add(fields[i], 1, i);
            GridPane.setHgrow(fields[i], Priority.ALWAYS);
        }
        bot.setId("inspector-comment-bot");
        bot.setOnAction(e -> this.toggleBot.run());
        VBox.setMargin(bot, new Insets(2, 0, 0, 0));
        getChildren().addAll(new Separator(), heading, grid, bot);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        documents.addListener((o, old, now) -> watch(now));
        watch(documents.getValue());
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("read-only");
        return field;
    }

    private void watch(MapDocument document) {
        if (watched != null) {
            watched.map().removeListener(listener);
            watched.selection().removeListener(selectionListener);
        }
        watched = document;
        if (document != null) {
            document.map().addListener(listener);
            document.selection().addListener(selectionListener);
        }
        refresh();
    }

    private void schedule() {
        if (!pending) {
            pending = true;
            Platform.runLater(this::refresh);
        }
    }

    private void refresh() {
        pending = false;
        Statement statement = selectedComment();
        setVisible(statement != null);
        if (statement == null) {
            return;
        }
        StatementContent content = statement.content();
        author.setText(content.author());
        String points = CommentLine.scoreText(content);
        score.setText(points.isEmpty() ? "not given" : points);
        time.setText(content.date());
        sourceId.setText(CommentData.sourceId(content));
        status.setText(CommentData.isGone(content) ? content.data().get(CommentData.STATUS) : "live");
        ArgumentMap map = watched.map();
        boolean marked = BotMarks.isMarked(map, content.author());
        bot.setDisable(content.author().isBlank() || !marked && CommentData.isKnownBot(content.author()));
        bot.setText(marked ? "Stop Treating Author as Bot"
                : CommentData.isKnownBot(content.author()) ? "A known bot" : "Treat Author as Bot");
    }

    /** The one selected statement, if it came from a thread. */
    private Statement selectedComment() {
        if (watched == null || watched.selection().size() != 1) {
            return null;
        }
        Statement statement = watched.selection().primary().map(watched.map()::statement).orElse(null);
        return statement != null && CommentData.isComment(statement.content()) ? statement : null;
    }
}
