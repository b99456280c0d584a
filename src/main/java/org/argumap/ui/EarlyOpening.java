package org.argumap.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.argumap.io.FileStamp;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.ui.exchange.ReaderChoice;
import org.argumap.ui.filewatch.DiskWatch;

/**
 * The map file named at start-up, read on a worker from the JVM's start on, while JavaFX starts
 * and the window opens: the toolkit's start keeps mostly one processor busy for more than a second,
 * and reading a large map needs none of it. The window takes the reading over when it opens the
 * same file ({@link DocumentController#openFile}), and from there on it is as if the window had
 * begun it: its progress and Cancel in the status bar while it runs, then the first view prepared
 * on the worker, the map shown or its error told, and only then the offer of recovered maps.
 * Only large map files are read early; a small one is read at once when the window opens anyway.
 */
public final class EarlyOpening {
    /** The reading begun at start-up and not yet taken over by a window. */
    private static final AtomicReference<EarlyOpening> waiting = new AtomicReference<>();

    private final FileLoading loading;
    private final CompletableFuture<Optional<FileStamp>> stamp;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile ReadResult result;
    private volatile Throwable failure;

    private EarlyOpening(Path file, long size) {
        loading = FileLoading.early(file, size);
        // The time and size before reading, as the window's own opening takes them.
        stamp = DiskWatch.stampConcurrently(file, DocumentController.STAMPING);
    }

    /**
     * Begins reading this map file on a worker, if it is a large map file; before the JavaFX
     * toolkit starts, from any thread. What it reads waits for the window.
     */
    public static void start(Path file) {
        begin(file);
    }

    /** As {@link #start}: the reading begun, or null when the file is not read early. */
    static EarlyOpening begin(Path file) {
        long size = DocumentController.sizeOf(file);
        if (size < DocumentController.BACKGROUND_BYTES || ReaderChoice.namesImportFormat(file)) {
            return null;
        }
        EarlyOpening opening = new EarlyOpening(file, size);
        EarlyOpening before = waiting.getAndSet(opening);
        if (before != null) {
            before.loading.cancel();
        }
        Thread reader = new Thread(opening::read, "argumap-early-open");
        reader.setDaemon(true);
        reader.start();
        return opening;
    }

    /**
     * On the FX thread: the reading of this file begun at start-up, now the window's; empty if none
     * was begun, or one of another file, which is stopped: its map would never be shown.
     */
    static Optional<EarlyOpening> takeOver(Path file) {
        EarlyOpening opening = waiting.getAndSet(null);
        if (opening == null) {
            return Optional.empty();
        }
        if (!opening.loading.file().equals(file)) {
            opening.loading.cancel();
            return Optional.empty();
        }
        return Optional.of(opening);
    }

    FileLoading loading() {
        return loading;
    }

    CompletableFuture<Optional<FileStamp>> stamp() {
        return stamp;
    }

    /** Waits for the reading to end: the map read, or what went wrong thrown as the reading threw it. */
    ReadResult result() throws MapReadException {
        boolean interrupted = false;
        while (done.getCount() > 0) {
            try {
                done.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure;
        if (thrown instanceof MapReadException e) {
            throw e;
        } else if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        }
        return result;
    }

    private void read() {
        try {
            result = FileLoading.readMapFile(loading.file(), loading);
        } catch (MapReadException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            failure = e;
        } finally {
            done.countDown();
        }
    }
}
