package org.argumap.ui.dialog;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Long work (drawing a large map into a PDF, say) off the FX thread, so the window keeps
 * repainting. A small modal window says what is happening and offers Cancel, which interrupts the
 * work; being modal from the first moment, it keeps the map from changing while the work reads
 * it. It stays see-through for a moment, so quick work finishes without anything flickering.
 */
public final class BackgroundWork<T> {
    /** Shorter work than this shows no window at all: it would only flicker. */
    private static final Duration GRACE = Duration.millis(400);

    private final Task<T> task;
    private Stage progress;

    private BackgroundWork(Callable<T> work) {
        task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
    }

    /**
     * Starts {@code work} on a worker thread; on the FX thread afterwards, {@code done} gets its
     * result, or {@code failed} its error. A cancelled work calls neither.
     *
     * @param what what is being done, for the progress window: "Exporting map.pdf"
     */
    public static <T> BackgroundWork<T> start(Window owner, String what, Callable<T> work, Consumer<T> done,
                                              Consumer<Throwable> failed) {
        BackgroundWork<T> running = new BackgroundWork<>(work);
        running.task.setOnSucceeded(e -> {
            running.closeProgress();
            done.accept(running.task.getValue());
        });
        running.task.setOnFailed(e -> {
            running.closeProgress();
            Throwable error = running.task.getException();
            if (!(error instanceof CancellationException)) {
                failed.accept(error);
            }
        });
        running.task.setOnCancelled(e -> running.closeProgress());
        Thread thread = new Thread(running.task, "argumap-" + what);
        thread.setDaemon(true);
        thread.start();
        running.showProgress(owner, what);
        return running;
    }

    public void cancel() {
        task.cancel(true);
    }

    public boolean isRunning() {
        return task.isRunning() || !task.isDone();
    }

    private void showProgress(Window owner, String what) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label text = new Label(what + "…");
        Button cancel = new Button("Cancel");
        cancel.setId("background-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        HBox row = new HBox(12, spinner, text);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, row, buttons);
        box.setPadding(new Insets(16));
        progress = new Stage(StageStyle.UTILITY);
        progress.initOwner(owner);
        progress.initModality(Modality.WINDOW_MODAL);
        progress.setTitle("Argumap");
        progress.setResizable(false);
        progress.setScene(new Scene(box));
        progress.setOnCloseRequest(e -> cancel());
        progress.setOpacity(0);
        progress.show();
        Stage shown = progress;
        PauseTransition wait = new PauseTransition(GRACE);
        wait.setOnFinished(e -> shown.setOpacity(1));
        wait.play();
    }

    private void closeProgress() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }
}
