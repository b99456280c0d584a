package org.argumap.ui;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Region;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.model.Statement;
import org.argumap.ui.canvas.MapCanvas;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the map's title (or the last file operation's notice, or that a large map is
 * being laid out), what the mouse does where the pointer is, what is selected, how many
 * statements, inferences and main claims the map has, and the zoom.
 */
final class StatusLine extends StatusBar {
    private static final int MAX_TITLE = 32;

    private final Label hint = new Label();
    private final Label selected = new Label();
    private final Label counts = new Label();
    private final Label zoom = new Label();
    private final MapListener countListener = this::mapChanged;
    private final SelectionListener selectionListener = this::showSelection;
    private ArgumentMap watched;
    private Selection watchedSelection;
    private String notice = "";
    private boolean layingOut;

    StatusLine(DocumentController documents, MapCanvas canvas) {
        hint.setId("status-hint");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        selected.setId("status-selection");
        counts.setId("status-counts");
        zoom.setId("status-zoom");
        // When the window is narrow the hint gives way first; counts, selection and zoom stay whole.
        hint.setMinWidth(40);
        for (Label fixed : new Label[] {selected, counts}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        getRightItems().addAll(hint, new Separator(Orientation.VERTICAL), selected,
                new Separator(Orientation.VERTICAL), counts, new Separator(Orientation.VERTICAL), zoom);
        hint.textProperty().bind(canvas.hintProperty());
        canvas.zoomProperty().addListener((o, old, now) -> showZoom(now.doubleValue()));
        showZoom(canvas.zoomProperty().get());
        canvas.layoutBusyProperty().addListener((o, old, busy) -> {
            layingOut = busy;
            setProgress(busy ? -1 : 0);
            showText();
        });
        // Whichever spoke last, the file operations or the view, has the status bar's text.
        documents.noticeProperty().addListener((ObservableValue<? extends String> o, String old, String now) -> {
            notice = now;
            showText();
        });
        canvas.noticeProperty().addListener((o, old, now) -> {
            if (!now.isEmpty()) {
                notice = now;
                showText();
            }
        });
        documents.documentProperty().addListener((o, old, now) -> watch(now.map(), now.selection()));
        watch(documents.document().map(), documents.document().selection());
    }

    private void watch(ArgumentMap map, Selection selection) {
        if (watched != null) {
            watched.removeListener(countListener);
            watchedSelection.removeListener(selectionListener);
        }
        watched = map;
        watchedSelection = selection;
        map.addListener(countListener);
        selection.addListener(selectionListener);
        showCounts();
        showText();
        showSelection(selection);
    }

    private void mapChanged(MapEvent event) {
        // Moves and edits of text do not change the counts; skipping them keeps drags cheap.
        if (event instanceof MapEvent.InfoChanged) {
            showText();
        } else if (event instanceof MapEvent.StatementChanged) {
            showSelection(watchedSelection);
        } else if (!(event instanceof MapEvent.NodeMoved) && !(event instanceof MapEvent.InferenceChanged)
                && !(event instanceof MapEvent.PresentationChanged)) {
            // A command fires an event per node it touches, and each count is a pass over the
            // whole map: count once, when the burst is over.
            if (!countsPending) {
                countsPending = true;
                Platform.runLater(() -> {
                    countsPending = false;
                    showCounts();
                });
            }
        }
    }

    /** True while a count of the map waits for the events of a change to end. */
    private boolean countsPending;

    private void showText() {
        String title = watched.info().title();
        setText(layingOut ? "Laying out the map…" : !notice.isEmpty() ? notice : title);
    }

    private void showSelection(Selection selection) {
        int size = selection.size();
        if (size == 0) {
            selected.setText("Nothing selected");
        } else if (size == 1) {
            Statement statement = watched.statement(selection.primary().orElseThrow());
            selected.setText(statement == null ? "1 selected" : "Selected: " + shortName(statement));
        } else {
            selected.setText(size + " selected");
        }
    }

    private static String shortName(Statement statement) {
        String name = statement.title().isBlank() ? statement.text().strip() : statement.title().strip();
        return name.length() <= MAX_TITLE ? name : name.substring(0, MAX_TITLE - 1).stripTrailing() + "…";
    }

    private void showCounts() {
        int statements = watched.statementCount();
        int inferences = watched.inferenceCount();
        int mainClaims = watched.mainClaims().size();
        counts.setText(plural(statements, "statement") + " · " + plural(inferences, "inference")
                + " · " + plural(mainClaims, "main claim"));
    }

    private void showZoom(double value) {
        zoom.setText(Math.round(value * 100) + " %");
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
