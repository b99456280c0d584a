package org.argumap.ui.analysis;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapListener;

/**
 * An analysis of the open map, worked out again after it changes and handed to a panel on the FX
 * thread. Only while the panel is active (shown): a hidden panel costs nothing.
 *
 * <p>A small map is analysed on the FX thread once for a burst of changes (a command that fires
 * many events, a paste), in the same pulse. A large map takes seconds to check, so it is analysed
 * after the user pauses ({@link #IDLE}) on a worker thread. Copying the map on the FX thread would
 * freeze it for about as long as the analysis, so the worker copies it ({@link MapCopy}) while the
 * FX thread may change it: the model is not thread-safe, so a result is used only if the map did not
 * change meanwhile (no event arrived), and an exception from a half-made change is taken for the
 * same thing. The analysis then runs again on the map as it is.
 */
public final class LiveAnalysis<T> {
    /** Above this many statements and inferences the analysis runs on the worker. */
    public static final int LARGE_MAP = 2_000;
    /** How long a large map must stay unchanged before it is analysed again. */
    public static final Duration IDLE = Duration.millis(400);
    private static final Logger LOG = Logger.getLogger(LiveAnalysis.class.getName());
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "argumap-live-analysis");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    private final BiFunction<ArgumentMap, Evaluation, T> analysis;
    private final Consumer<T> sink;
    private final ObjectProperty<Evaluation> evaluation = new SimpleObjectProperty<>(this, "evaluation");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final PauseTransition idle = new PauseTransition(IDLE);
    private final MapListener listener = event -> changed();
    private ArgumentMap map;
    /** Counts the map's events, so that a worker's result can tell whether it is still true. */
    private long version;
    private boolean stale = true;
    private boolean queued;
    private boolean working;

    /**
     * @param analysis worked out from the map and an evaluation of it; on a large map off the FX
     *                 thread, so it must only read the map
     * @param sink     takes each result, on the FX thread
     */
    public LiveAnalysis(BiFunction<ArgumentMap, Evaluation, T> analysis, Consumer<T> sink) {
        this.analysis = Objects.requireNonNull(analysis);
        this.sink = Objects.requireNonNull(sink);
        idle.setOnFinished(e -> startWorker());
        active.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        evaluation.addListener((o, old, now) -> changed());
    }

    /** Follows this map from now on; the last one is let go. */
    public void show(ArgumentMap newMap) {
        if (map != null) {
            map.removeListener(listener);
        }
        map = Objects.requireNonNull(newMap);
        map.addListener(listener);
        changed();
    }

    /**
     * Which statements stand, for analyses that need it; the window binds it to its live evaluation.
     * While it is null (a panel on its own, in tests) each refresh evaluates the map itself.
     */
    public ObjectProperty<Evaluation> evaluationProperty() {
        return evaluation;
    }

    /** Whether the panel is shown; while it is not, changes are only noted. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** True while a large map is being analysed or waits for the user to pause. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void changed() {
        version++;
        stale = true;
        if (active.get()) {
            refresh();
        }
    }

    private void refresh() {
        if (map == null) {
            return;
        }
        if (map.size() <= LARGE_MAP) {
            if (!queued) {
                queued = true;
                Platform.runLater(this::analyseHere);
            }
        } else {
            busy.set(true);
            idle.playFromStart();
        }
    }

    private void analyseHere() {
        queued = false;
        if (!active.get() || !stale || map.size() > LARGE_MAP) {
            if (stale && active.get()) {
                refresh();
            }
            return;
        }
        stale = false;
        sink.accept(analysis.apply(map, evaluationOf(map)));
    }

    private void startWorker() {
        if (working) {
            // The worker's result will be out of date; it starts again when it reports.
            return;
        }
        if (!active.get() || !stale) {
            busy.set(false);
            return;
        }
        working = true;
        ArgumentMap target = map;
        long seen = version;
        Evaluation given = evaluation.get();
        WORKER.execute(() -> {
            T result = null;
            try {
                ArgumentMap copy = MapCopy.of(target);
                // The evaluation may be a step behind the copy; when the newer one comes, this runs again.
                result = analysis.apply(copy, given != null ? given : Evaluator.evaluate(copy));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the map changed under the live analysis; it runs again", e);
            }
            T done = result;
            Platform.runLater(() -> finished(target, seen, done));
        });
    }

    private void finished(ArgumentMap target, long seen, T result) {
        working = false;
        boolean current = target == map && seen == version;
        if (current && result != null) {
            stale = false;
            busy.set(false);
            sink.accept(result);
        } else if (current) {
            // Nothing changed and still it failed: a bug in the analysis, which running again would repeat.
            stale = false;
            busy.set(false);
            LOG.warning("the live analysis failed on an unchanged map");
        } else if (active.get()) {
            refresh();
        }
    }

    /**
     * The evaluation for a refresh on the FX thread: the live one, or when there is none (a panel on
     * its own) one worked out here.
     */
    private Evaluation evaluationOf(ArgumentMap current) {
        Evaluation given = evaluation.get();
        return given != null ? given : Evaluator.evaluate(current);
    }
}
