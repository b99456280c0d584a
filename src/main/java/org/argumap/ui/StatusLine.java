package org.argumap.ui;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.ui.canvas.MapCanvas;
import org.controlsfx.control.StatusBar;

/**
 * The status bar: the map's title (or the last file operation's notice), how many statements,
 * inferences and main claims it has, and the zoom.
 */
final class StatusLine extends StatusBar {
    private final Label counts = new Label();
    private final Label zoom = new Label();
    private final MapListener countListener = this::mapChanged;
    private ArgumentMap watched;
    private String notice = "";

    StatusLine(DocumentController documents, MapCanvas canvas) {
        counts.setId("status-counts");
        zoom.setId("status-zoom");
        zoom.setMinWidth(48);
        getRightItems().addAll(counts, new Separator(Orientation.VERTICAL), zoom);
        canvas.zoomProperty().addListener((o, old, now) -> showZoom(now.doubleValue()));
        showZoom(canvas.zoomProperty().get());
        documents.noticeProperty().addListener((ObservableValue<? extends String> o, String old, String now) -> {
            notice = now;
            showText();
        });
        documents.documentProperty().addListener((o, old, now) -> watch(now.map()));
        watch(documents.document().map());
    }

    private void watch(ArgumentMap map) {
        if (watched != null) {
            watched.removeListener(countListener);
        }
        watched = map;
        map.addListener(countListener);
        showCounts();
        showText();
    }

    private void mapChanged(MapEvent event) {
        // Moves and edits of text do not change the counts; skipping them keeps drags cheap.
        if (event instanceof MapEvent.InfoChanged) {
            showText();
        } else if (!(event instanceof MapEvent.NodeMoved) && !(event instanceof MapEvent.StatementChanged)
                && !(event instanceof MapEvent.InferenceChanged)) {
            showCounts();
        }
    }

    private void showText() {
        String title = watched.info().title();
        setText(!notice.isEmpty() ? notice : title.isEmpty() ? "" : title);
    }

    private void showCounts() {
        int statements = watched.statements().size();
        int inferences = watched.inferences().size();
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
