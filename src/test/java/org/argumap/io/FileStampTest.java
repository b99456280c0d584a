package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileStampTest {
    @TempDir
    Path dir;

    @Test
    void newContentIsAChangeATouchIsNot() throws Exception {
        Path file = Files.writeString(dir.resolve("a.argumap.json"), "{\"a\":1}");
        FileStamp stamp = FileStamp.of(file).orElseThrow();
        assertFalse(stamp.differsFrom(file));

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertFalse(stamp.differsFrom(file), "same bytes, later time");

        Files.writeString(file, "{\"a\":2}");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertTrue(stamp.differsFrom(file), "same size, other bytes");
    }

    @Test
    void aStampHashedWhileTheFileIsReadTellsATouchFromNewContent() throws Exception {
        Path file = Files.writeString(dir.resolve("b.argumap.json"), "{\"b\":1}");
        FileStamp stamp = FileStamp.ofConcurrently(file, Runnable::run).join().orElseThrow();
        assertEquals(FileStamp.of(file).orElseThrow(), stamp, "the same stamp as one taken at once");

        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertFalse(stamp.differsFrom(file), "same bytes, later time");
        Files.writeString(file, "{\"b\":2}");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertTrue(stamp.differsFrom(file), "same size, other bytes");
    }

    /**
     * The time and size are taken before the caller reads the file; should other bytes be written
     * before the hash is worked out, the hash could be of bytes the caller never read. Such a stamp
     * counts any later time as a change, rather than take the new bytes for the ones read.
     */
    @Test
    void aFileChangedBeforeItsHashIsWorkedOutCountsAsChanged() throws Exception {
        Path file = Files.writeString(dir.resolve("c.argumap.json"), "{\"c\":1}");
        java.util.List<Runnable> hashing = new java.util.ArrayList<>();
        java.util.concurrent.CompletableFuture<Optional<FileStamp>> pending = FileStamp.ofConcurrently(file, hashing::add);
        Files.writeString(file, "{\"c\":2}"); // while the caller reads, before the hash is worked out
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        hashing.forEach(Runnable::run);

        assertTrue(pending.join().orElseThrow().differsFrom(file), "the bytes now are not known to be those read");
    }

    @Test
    void aMissingFileHasNoStamp() throws Exception {
        assertEquals(Optional.empty(), FileStamp.of(dir.resolve("none.json")));
    }
}
