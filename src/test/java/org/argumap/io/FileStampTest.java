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
    void aMissingFileHasNoStamp() throws Exception {
        assertEquals(Optional.empty(), FileStamp.of(dir.resolve("none.json")));
    }
}
