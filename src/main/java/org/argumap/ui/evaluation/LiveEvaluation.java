package org.argumap.ui.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
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
import org.argumap.analysis.evaluation.Semantics;
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
 * <p>A larger map is evaluated on a worker: a burst of edits is let settle for {@link #SETTLE}, then
 * the worker copies the map ({@link MapCopy}) and evaluates the copy. Copying on the FX thread
 * would freeze it for a large part of a second at 100,000 statements, so the worker copies while
 * the FX thread may go on changing the map, as {@code LiveAnalysis} does: the model is not
 * thread-safe, so a result is kept only if no change arrived meanwhile (a copy torn by a change
 * throws, which counts as the same), and the map is evaluated again otherwise. A result arrives
 * back on the FX thread; one for an older version of the map is dropped, so a later edit's result
 * always wins over an earlier one. Until then the previous evaluation stays, as the previous
 * layout does while a large map is laid out.
 *
 * <p>A newly opened large map is evaluated on the worker too; until its result comes it has an
 * empty evaluation (no marks), never the marks of the map shown before.
 */
public final class LiveEvaluation {
    private static final Logger LOG = Logger.getLogger(LiveEvaluation.class.getName());
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
    /** True while the worker evaluates; a request meanwhile waits for it to report. */
    private boolean working;

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
        stale = false;
        // A small map is evaluated here; a large one would hold the FX thread for a quarter of a
        // second or more: it shows without marks (never the previous map's) until the worker's
        // result comes. A large map just opened is not evaluated before it is shown either: its
        // first view comes first, its marks a moment later.
        if (map.statementCount() <= synchronousLimit) {
            publish(Evaluator.evaluate(map));
        } else {
            evaluation.set(unevaluated());
            busy.set(true);
            evaluateInBackground();
        }
    }

    /** No marks: what a large map has until its evaluation comes. */
    private static Evaluation unevaluated() {
        return new Evaluation(Semantics.GROUNDED, Map.of(), Map.of(), List.of(), "");
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
        if (map.statementCount() <= synchronousLimit) {
            settle.stop();
            publish(Evaluator.evaluate(map));
        } else {
            busy.set(true);
            settle.playFromStart();
        }
    }

    private void evaluateInBackground() {
        if (working) {
            // The result on its way is out of date; the worker starts again when it reports.
            return;
        }
        working = true;
        long asked = version;
        ArgumentMap target = map;
        worker.execute(() -> {
            Evaluation result = null;
            try {
                result = Evaluator.evaluate(MapCopy.of(target));
            } catch (RuntimeException torn) {
                LOG.log(Level.FINE, "the map changed while it was copied for evaluation; it is copied again", torn);
            }
            Evaluation done = result;
            Platform.runLater(() -> finished(target, asked, done));
        });
    }

    private void finished(ArgumentMap target, long asked, Evaluation result) {
        working = false;
        if (target != map) {
            if (busy.get() && !settle.getStatus().equals(javafx.animation.Animation.Status.RUNNING)) {
                evaluateInBackground(); // another large map was opened meanwhile
            }
            return;
        }
        if (asked == version && result != null) {
            publish(result);
        } else if (asked == version) {
            busy.set(false);
            LOG.warning("the live evaluation failed on an unchanged map");
        } else if (!settle.getStatus().equals(javafx.animation.Animation.Status.RUNNING)) {
            // Changed meanwhile and no later request is waiting to settle: evaluate the map as it is.
            evaluateInBackground();
        }
    }

    private void publish(Evaluation result) {
        busy.set(false);
        evaluation.set(Objects.requireNonNull(result));
    }
}
