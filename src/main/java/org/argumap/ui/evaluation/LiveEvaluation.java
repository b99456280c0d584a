package org.argumap.ui.evaluation;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.HistoryListener;
import org.argumap.model.ArgumentMap;
import org.argumap.ui.analysis.MapCopy;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.ui.MapDocument;

/**
 * Which claims of the open map stand, kept up to date as the map changes: one per window,
 * following the open document.
 *
 * <p>A map of up to {@link #SYNCHRONOUS_LIMIT} statements is evaluated on the FX thread as soon as
 * a change is complete: after the command that made it (a command fires many events, and the
 * labelling is linear, so once per command costs well under a frame), or at once for a change
 * made outside the history. The canvas therefore draws the new marks in the very frame that shows
 * the edit.
 *
 * <p>A larger map is evaluated on a worker. Since the model is not thread-safe, the worker never
 * reads the map the user edits: a burst of edits is let settle for {@link #SETTLE}, then a
 * copy ({@link MapCopy}) is taken on the FX thread and evaluated on the worker; a result arrives back
 * on the FX thread and is dropped if the map changed since its snapshot (a newer one is on its
 * way). Until then the previous evaluation stays, as the previous layout does while a large map
 * is laid out.
 */
public final class LiveEvaluation {
    /** Above this many statements, a map is evaluated on the worker. */
    public static final int SYNCHRONOUS_LIMIT = 2_000;
    /** How long a large map must rest before it is evaluated again: typing is a burst of edits. */
    static final Duration SETTLE = Duration.millis(250);

    private final ReadOnlyObjectWrapper<Evaluation> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final MapListener mapListener = this::mapChanged;
    private final HistoryListener historyListener = h -> commandDone();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "evaluation");
        thread.setDaemon(true);
        return thread;
    });
    private final int synchronousLimit;
    private ArgumentMap map;
    private CommandHistory history;
    /** Counts the changes to the map shown; a worker's result for an older count is stale. */
    private long version;
    private boolean stale;
    /** A map's evaluation made by the thread that read it, before it was shown; taken when it is. */
    private volatile Prepared prepared;

    private record Prepared(ArgumentMap map, Evaluation evaluation) {
    }

    public LiveEvaluation(ObservableValue<MapDocument> documents) {
        this(documents, SYNCHRONOUS_LIMIT);
    }

    /** @param synchronousLimit the size from which maps go to the worker; tests lower it */
    LiveEvaluation(ObservableValue<MapDocument> documents, int synchronousLimit) {
        this.synchronousLimit = synchronousLimit;
        settle.setOnFinished(e -> evaluateInBackground());
        documents.addListener((o, old, now) -> watch(now));
        watch(documents.getValue());
    }

    /** The evaluation of the map as it is (for a large map: as it was a moment ago); never null. */
    public ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    public Evaluation evaluation() {
        return evaluation.get();
    }

    /** True while a large map's evaluation lags behind its last change. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * Evaluates a map about to be opened, on the calling thread, which must have the map to itself
     * (the thread that read it): showing a large map then does not wait for its evaluation.
     */
    public void prepare(ArgumentMap newMap) {
        prepared = new Prepared(newMap, Evaluator.evaluate(newMap));
    }

    /** Calls {@code shown} with the evaluation now and after each change. */
    public void follow(Consumer<Evaluation> shown) {
        shown.accept(evaluation());
        evaluation.addListener((o, old, now) -> shown.accept(now));
    }

    private void watch(MapDocument document) {
        if (map != null) {
            map.removeListener(mapListener);
            history.removeListener(historyListener);
        }
        map = document.map();
        history = document.history();
        map.addListener(mapListener);
        history.addListener(historyListener);
        settle.stop();
        version++;
        // A newly opened map is shown with its marks at once, whatever its size: the user waits for
        // the map to open anyway, and stale marks of the previous map must never show on it.
        Prepared ready = prepared;
        prepared = null;
        publish(ready != null && ready.map() == map ? ready.evaluation() : Evaluator.evaluate(map));
    }

    private void mapChanged(MapEvent event) {
        if (event instanceof MapEvent.NodeMoved || event instanceof MapEvent.InfoChanged
                || event instanceof MapEvent.PresentationChanged) {
            return; // where boxes stand on the page, the title and the steps decide nothing
        }
        version++;
        boolean first = !stale;
        stale = true;
        if (!history.isBusy()) {
            commandDone();
        } else if (first) {
            // A command that fails part way is rolled back without the history telling anyone.
            Platform.runLater(this::commandDone);
        }
    }

    private void commandDone() {
        if (!stale) {
            return;
        }
        stale = false;
        if (map.statements().size() <= synchronousLimit) {
            settle.stop();
            publish(Evaluator.evaluate(map));
        } else {
            busy.set(true);
            settle.playFromStart();
        }
    }

    private void evaluateInBackground() {
        long asked = version;
        ArgumentMap snapshot = MapCopy.of(map);
        worker.execute(() -> {
            Evaluation result = Evaluator.evaluate(snapshot);
            Platform.runLater(() -> {
                if (asked == version) {
                    publish(result);
                }
            });
        });
    }

    private void publish(Evaluation result) {
        busy.set(false);
        evaluation.set(Objects.requireNonNull(result));
    }
}
