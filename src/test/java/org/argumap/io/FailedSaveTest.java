package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that fails on a full disk or in a folder it may not write leaves the old file byte for
 * byte and no temporary file, and says why in words a user acts on.
 */
class FailedSaveTest {
    @TempDir
    Path dir;

    /** A disk that fills up after {@code room} bytes, as the operating system reports it. */
    private static OutputStream fullAfter(OutputStream out, int room) {
        return new FilterOutputStream(out) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int fits = Math.min(len, room - written);
                out.write(b, off, fits);
                written += fits;
                if (fits < len) {
                    throw new IOException("No space left on device");
                }
            }
        };
    }

    @Test
    void aFullDiskLeavesTheOldFileWholeAndNoTemporaryFile() throws IOException {
        byte[] old = new byte[100_000];
        Arrays.fill(old, (byte) 'o');
        Path target = Files.write(dir.resolve("map.argumap.json"), old);
        byte[] next = new byte[200_000];
        Arrays.fill(next, (byte) 'n');
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, next, Backups.keep(5),
                (source, to, options) -> Files.move(source, to, options), out -> fullAfter(out, 65_536)));
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of("map.argumap.json"), AtomicFilesPermissionsTest.names(dir), "no temporary file, no backup");
        assertEquals("the disk is full", SaveFailures.reason(target, e));
        assertTrue(SaveFailures.explain(target, e).startsWith("map.argumap.json could not be saved: the disk is full."),
                SaveFailures.explain(target, e));
    }

    @Test
    void aFullDiskDuringAReplaceWithoutRenameStillLeavesTheOldFile() throws IOException {
        Path target = Files.writeString(dir.resolve("map.argumap.json"), "old content");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, "new content".getBytes(),
                Backups.NONE, (source, to, options) -> {
                    if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                        throw new java.nio.file.AtomicMoveNotSupportedException(source.toString(), to.toString(), "no");
                    }
                    Files.writeString(to, "new con");
                    throw new IOException("No space left on device");
                }, out -> out));
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of("map.argumap.json"), AtomicFilesPermissionsTest.names(dir));
        assertEquals("the disk is full", SaveFailures.reason(target, e));
    }

    @Test
    void aReadOnlyFolderIsNamedAsSuch() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "no POSIX permissions here");
        Path folder = Files.createDirectory(dir.resolve("handed-in"));
        Path target = Files.writeString(folder.resolve("map.argumap.json"), "old");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "this user (root) writes even read-only folders");
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, "new".getBytes()));
            assertEquals("old", Files.readString(target));
            assertEquals(List.of("map.argumap.json"), AtomicFilesPermissionsTest.names(folder));
            assertEquals("the folder is read-only", SaveFailures.reason(target, e));
            assertTrue(SaveFailures.explain(target, e).contains(target.toAbsolutePath().toString()));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void reasonsInTheUsersWords() {
        Path target = dir.resolve("map.argumap.json");
        assertEquals("permission denied", SaveFailures.reason(target, new AccessDeniedException(target.toString())));
        assertEquals("the drive is read-only",
                SaveFailures.reason(target, new FileSystemException(target.toString(), null, "Read-only file system")));
        assertEquals("the disk is full", SaveFailures.reason(target,
                new FileSystemException(target.toString(), null, "There is not enough space on the disk")));
        assertEquals("the disk is full",
                SaveFailures.reason(target, new IOException("write failed", new IOException("Disk quota exceeded"))));
        assertEquals("the folder does not exist",
                SaveFailures.reason(target, new java.nio.file.NoSuchFileException(target.toString())));
    }
}
