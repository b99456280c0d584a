package org.argumap.ui.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;
import org.argumap.edit.HistoryListener;
import org.argumap.io.UnreadableOutputException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.recovery.RecoveryStore;
import org.argumap.ui.DocumentController;
import org.argumap.ui.MapDocument;

/**
 * Writes the open map's unsaved changes to the recovery store: once the delay has passed since the
 * first change not yet written (so at most once per delay while typing goes on), and at once when the
 * window loses focus. What the file will hold is taken from the map on the FX thread
 * ({@link ArgumapJsonFormat#prepareWrite}) and written by one worker, so typing never waits for
 * JSON or the disk, and two writes never overlap; a write overtaken by a newer one is
 * skipped. A map that becomes clean (saved, or undone to its saved state) or is let go (New, Open,
 * Close after Don't Save) takes its recovery file with it.
 *
 * <p>Words being typed (the in-place editor, an inspector field) count as changes: each key
 * released starts the delay as an edit does, and the copy written carries them as the edits they
 * would become, without committing them ({@link org.argumap.ui.UncommittedTyping}).
 */
public final class Autosave {
    private static final Logger LOG = Logger.getLogger(Autosave.class.getName());

    private record Job(String slot, ArgumapJsonFormat.PreparedWrite content, Optional<Path> original, String title,
            Instant written) {
    }

    private final DocumentController documents;
    private final RecoveryStore store;
    private final Clock clock;
    private final PauseTransition timer;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "argumap-autosave");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Job> latest = new AtomicReference<>();
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();
    private final HistoryListener onEdit = history -> edited();
    private MapDocument watched;
    private String slot;
    /** Whether this slot may hold a file: something was written to it and not removed since. */
    private boolean holding;

    Autosave(DocumentController documents, ObservableBooleanValue windowFocused, RecoveryStore store, Duration delay,
            Clock clock) {
        this.documents = documents;
        this.store = store;
        this.clock = clock;
        this.timer = new PauseTransition(delay);
        timer.setOnFinished(e -> writeNow());
        documents.documentProperty().addListener((o, old, now) -> watch(now));
        windowFocused.addListener((o, was, focused) -> {
            if (!focused) {
                writeNow();
            }
        });
        watch(documents.document());
    }

    /** The slot the open map is written to. */
    public String slot() {
        return slot;
    }

    /**
     * A key was released in the window: if it left words typed and not yet an edit, they are written
     * after the delay, as an edit would be; if it took them back (Escape on a saved map), so goes the
     * file that held them.
     */
    public void typed() {
        if (watched == null || writer.isShutdown()) {
            return;
        }
        if (documents.uncommittedTyping().any()) {
            if (timer.getStatus() != Animation.Status.RUNNING) {
                timer.playFromStart();
            }
        } else if (!watched.isDirty() && holding) {
            timer.stop();
            removeOnWorker(slot);
        }
    }

    /** Writes the open map now if it has unsaved changes; the write itself happens on the worker. */
    public void writeNow() {
        timer.stop();
        MapDocument document = watched;
        if (document == null || writer.isShutdown()) {
            return;
        }
        boolean typing = documents.uncommittedTyping().any();
        if (!document.isDirty() && !typing) {
            return;
        }
        // What is written is taken from the map here; only words being typed need a copy to go onto,
        // which for a large map costs far more than taking its content.
        ArgumentMap content = document.map();
        if (typing) {
            content = MapSnapshot.of(document.map());
            documents.uncommittedTyping().writeOnto(content);
        }
        ArgumapJsonFormat.PreparedWrite prepared;
        try {
            prepared = format.prepareWrite(content);
        } catch (UnreadableOutputException e) {
            LOG.log(Level.WARNING, "Could not autosave " + document.name() + ": " + e.getMessage(), e);
            return;
        }
        String title = content.info().title().isBlank() ? document.name() : content.info().title();
        Job job = new Job(slot, prepared, document.file(), title, clock.instant());
        holding = true;
        latest.set(job);
        writer.execute(() -> {
            if (latest.get() == job) {
                write(job);
            }
        });
    }

    /** Runs a task on the worker after every write asked for so far. */
    public Future<?> afterWrites(Runnable task) {
        return writer.submit(task);
    }

    /** Stops watching and lets the worker finish what it was asked to do. */
    void stop() {
        timer.stop();
        if (watched != null) {
            watched.history().removeListener(onEdit);
            watched = null;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch(MapDocument next) {
        // After a clean quit the window may still change its map; nothing is written any more.
        if (writer.isShutdown()) {
            return;
        }
        if (watched != null) {
            watched.history().removeListener(onEdit);
            timer.stop();
            removeOnWorker(slot);
        }
        watched = next;
        slot = store.newSlot();
        holding = false;
        next.history().addListener(onEdit);
        // A restored map is unsaved from the start, and nothing else would write it before an edit.
        if (next.isDirty()) {
            writeNow();
        }
    }

    private void edited() {
        if (!watched.isDirty() && !documents.uncommittedTyping().any()) {
            timer.stop();
            removeOnWorker(slot);
        } else if (timer.getStatus() != Animation.Status.RUNNING) {
            timer.playFromStart();
        }
    }

    private void removeOnWorker(String gone) {
        if (gone.equals(slot)) {
            holding = false;
        }
        writer.execute(() -> {
            try {
                store.remove(gone);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove the recovery file of " + gone, e);
            }
        });
    }

    private void write(Job job) {
        try {
            store.write(job.slot(), job.content(), job.original(), job.title(), job.written());
        } catch (IOException | RuntimeException e) {
            // The editor goes on; the next change or focus loss tries again.
            LOG.log(Level.WARNING, "Could not autosave " + job.title() + " to " + store.folder(), e);
        }
    }
}
