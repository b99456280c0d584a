package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.AtomicFiles.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both ways a file is replaced: the atomic rename, and, on a file system that refuses one (stood in
 * here by a move that throws as such file systems do), the replacing that keeps a copy of the old
 * file until the new one is on disk. Either way no temporary file or copy stays behind, and a write
 * that fails leaves the old file as it was.
 */
class AtomicFilesTest {
    @TempDir
    Path dir;

    /** The moves made, and a file system that refuses atomic ones when asked to. */
    private static final class RecordingMove implements AtomicFiles.Move {
        final List<List<CopyOption>> calls = new ArrayList<>();
        private final boolean refuseAtomic;
        private final boolean failPlainMove;

        RecordingMove(boolean refuseAtomic, boolean failPlainMove) {
            this.refuseAtomic = refuseAtomic;
            this.failPlainMove = failPlainMove;
        }

        @Override
        public void move(Path source, Path target, CopyOption... options) throws IOException {
            calls.add(List.of(options));
            boolean atomic = Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE);
            if (atomic && refuseAtomic) {
                throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "not on this drive");
            }
            if (!atomic && failPlainMove) {
                // As a copying move that runs out of space would: the target is already cut short.
                Files.writeString(target, "half a fi");
                throw new IOException("No space left on device");
            }
            Files.move(source, target, options);
        }
    }

    @Test
    void aNewFileIsWrittenAtomically() throws IOException {
        Path target = dir.resolve("map.argumap.json");
        assertSame(Outcome.ATOMIC, AtomicFiles.write(target, bytes("new")));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("map.argumap.json"), names());
    }

    @Test
    void anOldFileIsReplacedByOneAtomicRename() throws IOException {
        Path target = Files.writeString(dir.resolve("map.argumap.json"), "old");
        RecordingMove move = new RecordingMove(false, false);
        assertSame(Outcome.ATOMIC, AtomicFiles.write(target, bytes("new"), move));
        assertEquals(List.of(List.of(StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING)), move.calls);
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("map.argumap.json"), names());
        assertEquals("", Outcome.ATOMIC.note(), "nothing to tell the user");
    }

    @Test
    void withoutAtomicRenameTheFileIsReplacedAndTheWriteSaysSo() throws IOException {
        Path target = Files.writeString(dir.resolve("map.argumap.json"), "old");
        RecordingMove move = new RecordingMove(true, false);
        assertSame(Outcome.NOT_ATOMIC, AtomicFiles.write(target, bytes("new"), move));
        assertEquals(List.of(List.of(StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING),
                List.of(StandardCopyOption.REPLACE_EXISTING)), move.calls, "tried atomically first, then replaced");
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("map.argumap.json"), names(), "the copy of the old file is gone once the new one is on disk");
        assertTrue(Outcome.NOT_ATOMIC.note().contains("cannot replace a file in one step"));
    }

    @Test
    void withoutAtomicRenameANewFileIsWrittenToo() throws IOException {
        Path target = dir.resolve("new.argdown");
        assertSame(Outcome.NOT_ATOMIC, AtomicFiles.write(target, bytes("new"), new RecordingMove(true, false)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("new.argdown"), names());
    }

    @Test
    void whenReplacingFailsTheOldFileIsPutBack() throws IOException {
        Path target = Files.writeString(dir.resolve("map.argumap.json"), "old content");
        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(target, bytes("new content"), new RecordingMove(true, true)));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old content", Files.readString(target), "the old file, whole, not the half-written one");
        assertEquals(List.of("map.argumap.json"), names(), "neither the temporary file nor the copy is left");
    }

    @Test
    void whenTheTemporaryFileCannotBeMadeTheTargetIsUntouched() throws IOException {
        Path target = dir.resolve("no such folder").resolve("map.argumap.json");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, bytes("new")));
        assertFalse(Files.exists(target.getParent()));
    }

    @Test
    void aSaveRemovesTheOldTemporaryFilesOfKilledSavesOfTheSameFile() throws IOException {
        Path target = Files.writeString(dir.resolve("map.argumap.json"), "old");
        Path stale = Files.writeString(dir.resolve(".map.argumap.json.k1lled.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Files.writeString(dir.resolve(".map.argumap.json.under0way.tmp"), "another save, still writing");
        Path other = Files.writeString(dir.resolve(".notes.argdown.k1lled.tmp"), "another file's");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        AtomicFiles.write(target, bytes("new"));
        assertEquals(List.of(".map.argumap.json.under0way.tmp", ".notes.argdown.k1lled.tmp", "map.argumap.json"), names());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
