package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A save keeps what the user set on the file: its mode (a map shared with a class stays readable
 * by it), a new file's mode from the umask like any other new file, and a symbolic link stays a
 * link to the file that is updated. POSIX file systems only.
 */
class AtomicFilesPermissionsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "no POSIX permissions here");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-rw-r--", "rw-------", "r--r--r--"})
    void anExistingFileKeepsItsMode(String mode) throws IOException {
        Path target = Files.writeString(dir.resolve("map.argumap.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(mode));
        AtomicFiles.write(target, bytes("new"));
        assertEquals("new", Files.readString(target));
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of("map.argumap.json"), names(dir));
    }

    @Test
    void anExistingFileKeepsItsOwnerAndGroup() throws IOException {
        Path target = Files.writeString(dir.resolve("map.argumap.json"), "old");
        PosixFileAttributes before = Files.readAttributes(target, PosixFileAttributes.class);
        AtomicFiles.write(target, bytes("new"));
        PosixFileAttributes after = Files.readAttributes(target, PosixFileAttributes.class);
        assertEquals(before.owner(), after.owner());
        assertEquals(before.group(), after.group());
    }

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws IOException {
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        Path saved = dir.resolve("map.argumap.json");
        AtomicFiles.write(saved, bytes("new"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(saved),
                "as any new file, not the 0600 of a temporary file");
    }

    @Test
    void aSaveThroughALinkUpdatesTheFileAndKeepsTheLink() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Path real = Files.writeString(shared.resolve("map.argumap.json"), "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.argumap.json"), Path.of("shared", "map.argumap.json"));
        AtomicFiles.write(link, bytes("new"));
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(Path.of("shared", "map.argumap.json"), Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        assertEquals(List.of("map.argumap.json"), names(shared));
    }

    @Test
    void aSaveThroughADanglingLinkCreatesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.argumap.json"), Path.of("map.argumap.json"));
        AtomicFiles.write(link, bytes("new"));
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.isRegularFile(dir.resolve("map.argumap.json"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("new", Files.readString(dir.resolve("map.argumap.json")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
