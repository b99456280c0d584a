package org.argumap.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.argumap.io.InputFiles;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.io.json.ArgumapJsonFormat;

/**
 * One map file being opened: how far its reading has come, and the wish to stop it. A large file
 * is read on a worker while the window goes on answering; the worker reports the bytes it read,
 * which reach the FX thread at most once per pulse, and looks between chunks whether the user
 * cancelled.
 */
public final class FileLoading {
    /** Progress while the map is built from the bytes read: how long that takes is not known. */
    public static final double BUILDING = -1;
    private static final int CHUNK = 1 << 20;

    /** How a file becomes a map, reporting to its loading; tests stand in one that pauses. */
    @FunctionalInterface
    interface Reading {
        ReadResult read(Path file, FileLoading loading) throws MapReadException;
    }

    private final Path file;
    private final long size;
    /** Whether the reading runs on a worker; read at once, nothing is shown of its progress. */
    private final boolean background;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final AtomicLong bytesRead = new AtomicLong();
    private final AtomicBoolean posted = new AtomicBoolean();
    /**
     * Whether progress reaches the FX thread: not before the toolkit has started, for a file
     * read early ({@link EarlyOpening}), until the window takes the reading over.
     */
    private volatile boolean reporting;
    private volatile boolean building;
    private volatile boolean cancelled;

    FileLoading(Path file, long size, boolean background) {
        this.file = file;
        this.size = size;
        this.background = background;
        this.reporting = background;
    }

    /** A reading begun before the window could show its progress; see {@link #startReporting}. */
    static FileLoading early(Path file, long size) {
        FileLoading loading = new FileLoading(file, size, true);
        loading.reporting = false;
        return loading;
    }

    /** On the FX thread, once the window shows this reading: how far it has come, and on from there. */
    void startReporting() {
        reporting = true;
        post();
    }

    public Path file() {
        return file;
    }

    /** The file's size when the loading began, in bytes (0 if it could not be told). */
    public long size() {
        return size;
    }

    /** From 0 to 1 while the bytes are read, then {@link #BUILDING}. On the FX thread. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    void cancel() {
        cancelled = true;
    }

    /** From the reading thread: this many more bytes were read. */
    public void read(long bytes) {
        bytesRead.addAndGet(bytes);
        post();
    }

    /** From the reading thread: the bytes are in; the map is being made of them. */
    public void building() {
        building = true;
        post();
    }

    /** From the reading thread: stops the reading by throwing if the user cancelled. */
    public void checkCancelled() {
        if (cancelled) {
            throw new CancellationException("the user cancelled opening " + file);
        }
    }

    /**
     * The map format's reading with progress: the bytes in chunks, counted and cancellable, then the
     * map made of them. Whatever is wrong with the file (no such file, a folder, too large, not
     * readable) is told in the words every reader uses ({@link InputFiles}).
     */
    static ReadResult readMapFile(Path file, FileLoading loading) throws MapReadException {
        byte[] bytes = bytesOf(file, loading);
        loading.checkCancelled();
        loading.building();
        ReadResult result = new ArgumapJsonFormat().read(bytes, file);
        loading.checkCancelled();
        return result;
    }

    private static byte[] bytesOf(Path file, FileLoading loading) throws MapReadException {
        long length;
        try {
            length = Files.isDirectory(file) ? -1 : Files.size(file);
        } catch (IOException e) {
            length = -1;
        }
        if (length < 0 || length > InputFiles.MAX_BYTES) {
            return InputFiles.read(file);
        }
        // Straight into one array of the file's size: a stream's buffer and its copy would hold a
        // million-statement file (300 MB) three times over while the map is being built.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = new byte[(int) length];
            int filled = 0;
            while (filled < bytes.length) {
                int n = in.read(bytes, filled, Math.min(CHUNK, bytes.length - filled));
                if (n < 0) {
                    return Arrays.copyOf(bytes, filled); // another program shortened it meanwhile
                }
                loading.checkCancelled();
                filled += n;
                loading.read(n);
            }
            if (in.read() >= 0) {
                return InputFiles.read(file); // it grew meanwhile: read it whole as it is now
            }
            return bytes;
        } catch (IOException e) {
            // Read once more the ordinary way, which says in the usual words what is wrong.
            return InputFiles.read(file);
        }
    }

    boolean inBackground() {
        return background;
    }

    private void post() {
        if (reporting && posted.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                posted.set(false);
                progress.set(building ? BUILDING : size <= 0 ? 0 : Math.min(1, bytesRead.get() / (double) size));
            });
        }
    }
}
