package org.argumap.ui.problems;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.feedback.Feedback;
import org.argumap.analysis.feedback.Finding;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.ui.analysis.LiveAnalysis;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.search.MatchReveal;

/**
 * Argument › Problems: what is wrong with the map and what to do next, problems first, with a count
 * in the header. Clicking a finding, or Enter on it, selects its boxes and brings them into view,
 * while the focus stays here so that the user can go down the list.
 */
public final class ProblemsPanel extends VBox {
    public static final double PREFERRED_HEIGHT = 200;
    static final String CLEAN = "No problems — every claim has a reason and every objection an answer.";

    private final MapCanvas canvas;
    private final MatchReveal reveal;
    private final Label header = new Label();
    private final ListView<Finding> list = new ListView<>();
    private final LiveAnalysis<List<Finding>> live = new LiveAnalysis<>(Feedback::of, this::showFindings);
    private ArgumentMap map;

    public ProblemsPanel(MapCanvas canvas) {
        this.canvas = Objects.requireNonNull(canvas);
        this.reveal = new MatchReveal(canvas);
        setId("problems");
        setAccessibleText("Problems");
        header.setId("problems-header");
        header.getStyleClass().add(Styles.TEXT_BOLD);
        header.setPadding(new Insets(4, 8, 4, 8));
        header.setWrapText(true);
        list.setId("problems-list");
        list.setCellFactory(v -> new FindingCell(list.widthProperty()));
        list.setPlaceholder(new Label(""));
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                revealSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                revealSelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, list);
        setPrefHeight(PREFERRED_HEIGHT);
        setMinHeight(80);
        live.busyProperty().addListener((o, was, now) -> showHeader());
        showHeader();
    }

    /** Follows this map, as the canvas does. */
    public void show(ArgumentMap newMap) {
        map = Objects.requireNonNull(newMap);
        live.show(newMap);
    }

    /**
     * Which claims stand: the window binds it to its live evaluation; while it is null, each
     * refresh evaluates the map itself.
     */
    public ObjectProperty<Evaluation> evaluationProperty() {
        return live.evaluationProperty();
    }

    /** Whether the panel is in the window; it does no work while it is not. */
    public BooleanProperty activeProperty() {
        return live.activeProperty();
    }

    /** The findings shown now, problems first. */
    public List<Finding> findings() {
        return List.copyOf(list.getItems());
    }

    /** "2 problems, 1 suggestion", or the sentence for a clean map. */
    public String headerText() {
        return header.getText();
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Selects the finding's boxes on the canvas and brings them into view. */
    public void reveal(Finding finding) {
        List<String> boxes = boxesOf(finding);
        if (!boxes.isEmpty()) {
            reveal.show(boxes);
        }
    }

    private void revealSelected() {
        Finding selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            reveal(selected);
        }
    }

    /** The statements of a finding; an inference stands for the boxes it joins. */
    private List<String> boxesOf(Finding finding) {
        Set<String> boxes = new LinkedHashSet<>();
        for (String id : finding.ids()) {
            MapNode node = map == null ? null : map.node(id);
            if (node instanceof Statement) {
                boxes.add(id);
            } else if (node instanceof Inference inference) {
                inference.premises().forEach(p -> boxes.add(p.id()));
                if (inference.target() instanceof Statement target) {
                    boxes.add(target.id());
                }
            }
        }
        return new ArrayList<>(boxes);
    }

    private void showFindings(List<Finding> findings) {
        Finding selected = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(findings);
        if (selected != null && findings.contains(selected)) {
            list.getSelectionModel().select(selected);
        }
        showHeader();
    }

    private void showHeader() {
        List<Finding> findings = list.getItems();
        String text = findings.isEmpty() ? CLEAN : capitalise(Feedback.summary(findings));
        header.setText(live.busyProperty().get() ? text + " (updating…)" : text);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
