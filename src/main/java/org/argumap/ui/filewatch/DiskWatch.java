package org.argumap.ui.filewatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.argumap.io.FileStamp;

/**
 * Knows what the open map's file held when Argumap last read or wrote it, and tells whether
 * another program has changed it since. Only Argumap's own reads and saves move what it knows, so
 * autosave (which writes elsewhere) and backups (beside the file) never look like a change.
 *
 * <p>It reports each change once: a change asked about and kept is not asked about again on the
 * next focus, only when the file changes once more. Save still sees it, through
 * {@link #changedOnDisk}, because Keep Mine means "ask when I save", not "forget it".
 */
public final class DiskWatch {
    /** What {@link #check} found. */
    public enum Change {
        NONE,
        CHANGED,
        GONE
    }

    private Path file;
    private FileStamp known;
    private FileStamp reported;
    private boolean goneReported;

    /** After Argumap read or wrote this file (or none): what it holds now is Argumap's own. */
    public void remember(Optional<Path> fileOrNone) {
        file = fileOrNone.orElse(null);
        known = file == null ? null : stampOrNull(file);
        reported = null;
        goneReported = false;
    }

    /**
     * As {@link #remember(Optional)}, with what the file held taken already, off the FX thread:
     * hashing a large map's file takes longer than a frame.
     */
    public void remember(Optional<Path> fileOrNone, Optional<FileStamp> stamp) {
        file = fileOrNone.orElse(null);
        known = file == null ? null : stamp.orElse(null);
        reported = null;
        goneReported = false;
    }

    /** What the file holds now, or empty if it cannot be read; for {@link #remember(Optional, Optional)}. */
    public static Optional<FileStamp> stampOf(Path file) {
        return Optional.ofNullable(stampOrNull(file));
    }

    /**
     * As {@link #stampOf}, with the file's time and size taken now, before it is read, and its hash
     * worked out by {@code hashing} while it is read (see {@link FileStamp#ofConcurrently}).
     */
    public static CompletableFuture<Optional<FileStamp>> stampConcurrently(Path file, Executor hashing) {
        try {
            return FileStamp.ofConcurrently(file, hashing).exceptionally(e -> Optional.empty());
        } catch (IOException e) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    /** What happened to the file since Argumap last read or wrote it, each change reported once. */
    public Change check() {
        if (file == null) {
            return Change.NONE;
        }
        if (!Files.exists(file)) {
            if (goneReported || known == null) {
                return Change.NONE;
            }
            goneReported = true;
            return Change.GONE;
        }
        goneReported = false;
        if (!changedOnDisk()) {
            return Change.NONE;
        }
        FileStamp now = stampOrNull(file);
        if (now == null || now.equals(reported)) {
            return Change.NONE;
        }
        reported = now;
        return Change.CHANGED;
    }

    /** Whether the file exists and holds something other than what Argumap last read or wrote. */
    public boolean changedOnDisk() {
        if (file == null || !Files.exists(file)) {
            return false;
        }
        try {
            return known == null || known.differsFrom(file);
        } catch (IOException e) {
            // A file that cannot be read now is not known to be changed; the save will say what fails.
            return false;
        }
    }

    /** Whether the file Argumap read or wrote is no longer there. */
    public boolean gone() {
        return file != null && known != null && !Files.exists(file);
    }

    private static FileStamp stampOrNull(Path file) {
        try {
            return FileStamp.of(file).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
