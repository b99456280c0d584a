package org.argumap.ui.evaluation;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Explanations;
import org.argumap.edit.MapCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;
import org.argumap.ui.MapDocument;

/**
 * The inspector's Evaluation section while one box or step is selected: whether it stands, in a
 * word and with the canvas's mark, why, in a sentence, and how strongly; below, the user's
 * judgement of it (a verdict and a rating for a statement, a strength for a step), each change
 * one undoable step. It comes after the box's own fields, so that adding it moves none of them;
 * Evaluate › Rate… scrolls to it.
 */
final class StandingStrip extends VBox {
    private static final String MARK_STYLE = "-fx-font-weight: bold; -fx-background-radius: 11; -fx-padding: 1 5 1 5;";
    private final Label mark = new Label();
    private final Label word = new Label();
    private final Label strength = new Label();
    private final Label sentence = new Label();
    private final ChoiceBox<Verdict> verdict = new ChoiceBox<>();
    private final HBox verdictRow;
    private final CheckBox rated = new CheckBox();
    private final Slider rating = new Slider(0, 100, 50);
    private final Label ratingValue = new Label();
    private final ObservableValue<MapDocument> documents;
    private final ObservableValue<Evaluation> evaluation;
    /** The box shown, null for none; set while the controls are filled in, so that filling is not taken for editing. */
    private String shown;
    private boolean filling;

    StandingStrip(ObservableValue<MapDocument> documents, ObservableValue<Evaluation> evaluation) {
        super(6);
        this.documents = documents;
        this.evaluation = evaluation;
        setId("evaluation-strip");
        Label title = new Label("Evaluation");
        title.setId("evaluation-heading");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.05em;");
        mark.setId("evaluation-mark");
        mark.setMinWidth(22);
        mark.setAlignment(Pos.CENTER);
        mark.setStyle(MARK_STYLE);
        word.setId("evaluation-word");
        word.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        strength.setId("evaluation-strength");
        strength.getStyleClass().add(Styles.TEXT_MUTED);
        HBox head = new HBox(8, mark, word, strength);
        head.setAlignment(Pos.CENTER_LEFT);
        sentence.setId("evaluation-sentence");
        sentence.setWrapText(true);
        sentence.setMaxWidth(Double.MAX_VALUE);
        verdict.setId("evaluation-verdict");
        verdict.getItems().setAll(Verdict.OPEN, Verdict.ACCEPTED, Verdict.REJECTED);
        verdict.setConverter(new StringConverter<>() {
            @Override
            public String toString(Verdict v) {
                return v == null ? "" : switch (v) {
                    case OPEN -> "Open";
                    case ACCEPTED -> "Accepted";
                    case REJECTED -> "Rejected";
                };
            }

            @Override
            public Verdict fromString(String text) {
                return Verdict.OPEN;
            }
        });
        Label verdictLabel = new Label("Your verdict");
        verdictLabel.setLabelFor(verdict);
        verdictRow = new HBox(8, verdictLabel, verdict);
        verdictRow.setAlignment(Pos.CENTER_LEFT);
        verdictRow.managedProperty().bind(verdictRow.visibleProperty());
        rated.setId("evaluation-rated");
        rating.setId("evaluation-rating");
        rating.setBlockIncrement(5);
        rating.setMajorTickUnit(25);
        HBox.setHgrow(rating, Priority.ALWAYS);
        ratingValue.setMinWidth(40);
        HBox ratingRow = new HBox(6, rated, rating, ratingValue);
        ratingRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(new Separator(), title, head, sentence, verdictRow, ratingRow);
        managedProperty().bind(visibleProperty());
        setAccessibleText("Evaluation of the selected box");

        verdict.valueProperty().addListener((o, old, now) -> {
            if (!filling && now != null) {
                edit(Judgements.verdict(map(), List.of(shown), now));
            }
        });
        rated.selectedProperty().addListener((o, old, now) -> {
            rating.setDisable(!now);
            if (!filling) {
                rate(now ? (int) Math.round(rating.getValue()) : StatementContent.UNRATED);
            }
        });
        rating.valueProperty().addListener((o, old, now) -> {
            ratingValue.setText(Math.round(now.doubleValue()) + " %");
            if (!filling && !rating.isValueChanging()) {
                rate((int) Math.round(now.doubleValue()));
            }
        });
        rating.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing && !filling) {
                rate((int) Math.round(rating.getValue()));
            }
        });
        evaluation.addListener((o, old, now) -> refresh());
    }

    /** Rate…: the rating or strength slider, switched on, in view and with the keyboard focus. */
    void focusRating(Consumer<Node> reveal) {
        if (shown != null) {
            reveal.accept(rating);
            if (!rated.isSelected()) {
                rated.setSelected(true);
            }
            rating.requestFocus();
        }
    }

    void refresh() {
        MapDocument document = documents.getValue();
        ArgumentMap map = document.map();
        MapNode node = document.selection().size() == 1
                ? document.selection().primary().map(map::node).orElse(null) : null;
        Evaluation now = evaluation.getValue();
        setVisible(node != null);
        shown = node == null ? null : node.id();
        if (node == null) {
            return;
        }
        filling = true;
        try {
            boolean known = now != null && now.labels().containsKey(node.id());
            var label = known ? now.label(node.id()) : null;
            mark.setText(label == null ? "…" : StandingWords.sign(label));
            mark.setStyle(MARK_STYLE + (label == null ? "" : StandingWords.fxColours(label)));
            word.setText(label == null ? "Working it out…" : StandingWords.capitalised(label.word()));
            mark.setAccessibleText(label == null ? "" : label.word());
            double value = known ? now.strength(node.id()) : Double.NaN;
            strength.setText(Double.isNaN(value) ? ""
                    : String.format(Locale.ROOT, "strength %d %%", Math.round(value * 100)));
            sentence.setText(known ? Explanations.explain(map, now, node.id()) : "");
            if (node instanceof Statement statement) {
                verdictRow.setVisible(true);
                verdict.setValue(statement.content().verdict());
                show(statement.content().rating(), "Rating");
            } else if (node instanceof Inference inference) {
                verdictRow.setVisible(false);
                show(inference.content().strength(), "Strength");
            }
        } finally {
            filling = false;
        }
    }

    private void show(int percent, String what) {
        boolean isRated = percent != StatementContent.UNRATED && percent != InferenceContent.UNRATED;
        rated.setText(what);
        rated.setSelected(isRated);
        rating.setDisable(!isRated);
        rating.setValue(isRated ? percent : 50);
        ratingValue.setText(isRated ? percent + " %" : "—");
    }

    private void rate(int percent) {
        if (shown != null) {
            edit(Judgements.rate(map(), shown, percent));
        }
    }

    private void edit(Optional<MapCommand> command) {
        command.ifPresent(documents.getValue().history()::execute);
    }

    private ArgumentMap map() {
        return documents.getValue().map();
    }
}
