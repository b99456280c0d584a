package org.argumap.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.argumap.io.AtomicFiles;
import org.argumap.io.Backups;
import org.argumap.io.FileStamp;
import org.argumap.model.MapInfo;
import org.argumap.model.MapListener;
import org.argumap.ui.filewatch.DiskWatch;

/**
 * One save of a map: what is written (taken from the map on the FX thread, so that a worker can
 * write it while the user goes on editing), where, and how it went. It notes whether the map
 * changed while it was written: then the file holds the map as it was when Save was chosen, and
 * the map stays marked unsaved.
 */
final class MapWrite implements Runnable {
    private final MapDocument target;
    private final Path file;
    private final MapInfo before;
    private final String note;
    private final DocumentController.Written content;
    private final Backups backups;
    private final MapInfo written;
    private final MapListener changes = event -> changedSince = true;
    private final CountDownLatch done = new CountDownLatch(1);
    private boolean changedSince;
    private boolean finished;
    private volatile AtomicFiles.Outcome outcome;
    private volatile Exception failure;
    private volatile Optional<FileStamp> stamp = Optional.empty();

    /**
     * On the FX thread, after the map was dated.
     *
     * @param before the map's properties before it was dated for this save, put back if it fails
     * @param note   what the "Saved" notice adds
     */
    MapWrite(MapDocument target, Path file, MapInfo before, String note, Backups backups,
            DocumentController.MapSaving saving) {
        this.target = target;
        this.file = file;
        this.before = before;
        this.note = note;
        this.backups = backups;
        this.written = target.map().info();
        DocumentController.Written taken = null;
        try {
            taken = saving.prepare(target.map());
        } catch (IOException | RuntimeException e) {
            // A map Argumap could not open again: told as any failed save, nothing is written.
            failure = e;
        }
        this.content = taken;
        target.map().addListener(changes);
    }

    /** Writes the file: on the worker for a copy, else on the FX thread. */
    @Override
    public void run() {
        if (content == null) {
            done.countDown();
            return;
        }
        try {
            outcome = content.writeTo(file, backups);
            stamp = DiskWatch.stampOf(file);
        } catch (IOException | RuntimeException e) {
            failure = e;
        } catch (OutOfMemoryError e) {
            failure = new IOException("There is not enough memory to write this map.", e);
        } finally {
            done.countDown();
        }
    }

    /** Waits for the worker to finish writing (Quit, Close and the next Save wait for it). */
    void awaitWritten() {
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** On the FX thread: true the first time only, when what the write came to is to be told. */
    boolean takeFinish() {
        if (finished) {
            return false;
        }
        finished = true;
        target.map().removeListener(changes);
        return true;
    }

    MapDocument target() {
        return target;
    }

    Path file() {
        return file;
    }

    MapInfo before() {
        return before;
    }

    MapInfo written() {
        return written;
    }

    String note() {
        return note;
    }

    boolean changedSince() {
        return changedSince;
    }

    AtomicFiles.Outcome outcome() {
        return outcome;
    }

    Exception failure() {
        return failure;
    }

    Optional<FileStamp> stamp() {
        return stamp;
    }
}
