package org.argumap.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * In the status bar while a large file is read in the background: its name, how much of it is
 * read, and Cancel, which leaves the map open before as it was. Hidden the rest of the time.
 */
final class OpeningProgress extends HBox {
    private final Label label = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final ChangeListener<Number> progressed = (o, old, now) -> show(now.doubleValue());
    private FileLoading watched;

    OpeningProgress(DocumentController documents) {
        super(6);
        setId("opening-progress");
        setAlignment(Pos.CENTER_LEFT);
        bar.setPrefWidth(120);
        // The hint beside it gives way first: the name, the bar and Cancel stay whole.
        label.setMinWidth(Region.USE_PREF_SIZE);
        bar.setMinWidth(60);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setId("opening-cancel");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> documents.cancelOpening());
        managedProperty().bind(visibleProperty());
        documents.loadingProperty().addListener((o, old, now) -> watch(now));
        watch(documents.loadingProperty().get());
    }

    private void watch(FileLoading loading) {
        if (watched != null) {
            watched.progressProperty().removeListener(progressed);
        }
        watched = loading;
        setVisible(loading != null);
        // In the scene only while a file is read: a search for the words "Cancel" (a screen
        // reader's, a test robot's) must find the open dialog's button, not this one out of sight.
        if (loading == null) {
            getChildren().clear();
        } else {
            getChildren().setAll(label, bar, cancel);
            loading.progressProperty().addListener(progressed);
            show(loading.progressProperty().get());
        }
    }

    private void show(double progress) {
        String name = watched.file().getFileName().toString();
        if (progress == FileLoading.BUILDING) {
            label.setText("Opening " + name + "… building the map");
            bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        } else {
            label.setText("Opening " + name + "… " + Math.round(progress * 100) + " % read");
            bar.setProgress(progress);
        }
    }
}
