package org.argumap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Writes a file so that a crash, a full disk or a power cut leaves either the old file or the new
 * one, never half of each: the bytes go to a temporary file in the same folder, are forced to disk,
 * and the temporary file is renamed over the target in one step.
 *
 * <p>Some file systems cannot rename in one step (some network shares and mounted drives). There
 * the old file is first copied beside itself under a hidden name and forced to disk, the new file
 * replaces it, is forced to disk, and only then the copy is removed; if the replacing fails, the
 * copy is put back. Should Argumap stop in between, the copy is what is left of the old file.
 * That write is not atomic, and {@link #write} says so, so that callers can tell the user.
 *
 * <p>The new file takes over what the user set on the old one (permissions, owner and group, see
 * {@link FileOwnership}), a symbolic link is written through ({@link SaveTarget}), and the old
 * version can be kept first ({@link Backups}).
 */
public final class AtomicFiles {
    /** How the target was replaced. */
    public enum Outcome {
        /** Renamed over the old file in one step: old or new, never a mixture. */
        ATOMIC,
        /** The file system cannot rename in one step; the old file was kept aside until the new one was on disk. */
        NOT_ATOMIC;

        /** What a user should know about a write, or an empty text when there is nothing to know. */
        public String note() {
            return this == ATOMIC ? ""
                    : "this drive cannot replace a file in one step, so the old file was kept as a copy until"
                            + " the new one was safely written";
        }
    }

    /** A move of one file to another name; a test stands in one that refuses atomic moves. */
    @FunctionalInterface
    interface Move {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    private static final Move FILE_SYSTEM = (source, target, options) -> Files.move(source, target, options);
    private static final UnaryOperator<OutputStream> DISK = out -> out;
    private static final Duration STALE = Duration.ofHours(1);

    private AtomicFiles() {
    }

    public static Outcome write(Path target, byte[] content) throws IOException {
        return write(target, content, Backups.NONE);
    }

    /**
     * Writes {@code content} to {@code target}, first keeping the file it replaces in the backups.
     * An existing file keeps its permissions, and its owner and group where the file system lets us
     * set them; a new file gets those a plain write would give (the umask's). A symbolic link is
     * written through: the file it points to is replaced and the link stays a link.
     */
    public static Outcome write(Path target, byte[] content, Backups backups) throws IOException {
        return write(target, content, backups, FILE_SYSTEM, DISK);
    }

    static Outcome write(Path target, byte[] content, Move move) throws IOException {
        return write(target, content, Backups.NONE, move, DISK);
    }

    /** @param disk wraps the stream to the temporary file; a test makes it fail as a full disk does */
    static Outcome write(Path target, byte[] content, Backups backups, Move move, UnaryOperator<OutputStream> disk)
            throws IOException {
        Path absolute = SaveTarget.resolve(target);
        Path folder = absolute.getParent();
        boolean replacing = SaveTarget.exists(absolute);
        Path temporary = TemporaryFiles.create(absolute);
        try {
            writeAndForce(temporary, content, replacing ? absolute : null, disk);
            if (replacing) {
                backups.keepCopyOf(absolute);
            }
            Outcome outcome;
            try {
                move.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                outcome = Outcome.ATOMIC;
            } catch (AtomicMoveNotSupportedException e) {
                replaceKeepingACopy(temporary, absolute, move);
                outcome = Outcome.NOT_ATOMIC;
            }
            forceFolder(folder);
            TemporaryFiles.removeStale(absolute, STALE);
            return outcome;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The safest replacing without an atomic rename: the old file stays readable under a hidden name
     * until the new one is on disk, and comes back if replacing fails.
     */
    private static void replaceKeepingACopy(Path temporary, Path target, Move move) throws IOException {
        Path copy = null;
        if (Files.exists(target)) {
            copy = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".old");
            Files.copy(target, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            force(copy);
        }
        try {
            move.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            force(target);
        } catch (IOException | RuntimeException e) {
            if (copy != null) {
                restore(copy, target, e);
            }
            throw e;
        }
        if (copy != null) {
            Files.delete(copy);
        }
    }

    /** Puts the old file back; if even that fails, the copy stays and the error names it. */
    private static void restore(Path copy, Path target, Exception failure) {
        try {
            Files.copy(copy, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            force(target);
            Files.delete(copy);
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(new IOException("the old file could not be put back; it is kept as " + copy, e));
        }
    }

    /**
     * The temporary file is given the old file's owner and permissions before any content is in it,
     * so a private map is never readable by others, not even for the moment of the write; the
     * channel opened before that keeps writing even when those permissions are read-only.
     */
    private static void writeAndForce(Path file, byte[] content, Path old, UnaryOperator<OutputStream> disk)
            throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            if (old != null) {
                FileOwnership.copy(old, file);
            }
            OutputStream out = disk.apply(Channels.newOutputStream(channel));
            out.write(content);
            out.flush();
            channel.force(true);
        }
    }

    /** Forces a file's content to disk; a read-only file (a copy of one) is forced through a reading channel. */
    private static void force(Path file) throws IOException {
        StandardOpenOption mode = Files.isWritable(file) ? StandardOpenOption.WRITE : StandardOpenOption.READ;
        try (FileChannel channel = FileChannel.open(file, mode)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder (Linux, macOS). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open folders this way; its rename is already durable enough.
        }
    }
}
