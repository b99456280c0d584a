package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versions kept before a save replaces a file: how many, under which names, and none when turned off. */
class BackupsTest {
    @TempDir
    Path dir;

    /** A clock that moves on a second each time it is read, so each save has a stamp of its own. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-12-07T15:45:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant read = now;
            now = now.plus(Duration.ofSeconds(1));
            return read;
        }
    }

    @Test
    void theFirstSaveOfANewFileKeepsNothing() throws IOException {
        Path map = dir.resolve("pets.argumap.json");
        AtomicFiles.write(map, bytes("v1"), Backups.keep(5, new Ticking()));
        assertEquals(List.of(), Backups.list(map));
        assertFalse(Files.exists(Backups.folderOf(map)));
    }

    @Test
    void eachSaveKeepsThePreviousVersionBesideTheFile() throws IOException {
        Path map = dir.resolve("pets.argumap.json");
        Backups backups = Backups.keep(5, new Ticking());
        for (String version : List.of("v1", "v2", "v3")) {
            AtomicFiles.write(map, bytes(version), backups);
        }
        assertEquals("v3", Files.readString(map));
        List<Path> kept = Backups.list(map);
        assertEquals(List.of("pets.20261207-154500.argumap.json", "pets.20261207-154501.argumap.json"),
                kept.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(dir.resolve(".argumap-backups"), kept.get(0).getParent());
        assertEquals(List.of("v1", "v2"), contents(kept));
    }

    @Test
    void onlyTheLastOnesAreKept() throws IOException {
        Path map = dir.resolve("pets.argumap.json");
        Backups backups = Backups.keep(3, new Ticking());
        for (int version = 1; version <= 7; version++) {
            AtomicFiles.write(map, bytes("v" + version), backups);
        }
        assertEquals(List.of("v4", "v5", "v6"), contents(Backups.list(map)));
    }

    @Test
    void savesWithinOneSecondAreNumberedAndKeptInOrder() throws IOException {
        Path map = dir.resolve("notes.argdown");
        Backups backups = Backups.keep(5, Clock.fixed(Instant.parse("2026-12-07T15:45:00Z"), ZoneOffset.UTC));
        for (int version = 1; version <= 4; version++) {
            AtomicFiles.write(map, bytes("v" + version), backups);
        }
        assertEquals(List.of("notes.20261207-154500.argdown", "notes.20261207-154500-2.argdown",
                "notes.20261207-154500-3.argdown"), Backups.list(map).stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("v1", "v2", "v3"), contents(Backups.list(map)));
    }

    @Test
    void turnedOffNothingIsKept() throws IOException {
        Path map = Files.writeString(dir.resolve("pets.argumap.json"), "v1");
        AtomicFiles.write(map, bytes("v2"), Backups.keep(0));
        AtomicFiles.write(map, bytes("v3"), Backups.NONE);
        assertFalse(Files.exists(Backups.folderOf(map)));
        assertFalse(Backups.keep(0).enabled());
    }

    @Test
    void otherMapsBackupsAreLeftAlone() throws IOException {
        Path pets = dir.resolve("pets.argumap.json");
        Path pet = dir.resolve("pet.argumap.json");
        Backups backups = Backups.keep(1, new Ticking());
        for (int version = 1; version <= 3; version++) {
            AtomicFiles.write(pets, bytes("pets" + version), backups);
            AtomicFiles.write(pet, bytes("pet" + version), backups);
        }
        assertEquals(List.of("pets2"), contents(Backups.list(pets)));
        assertEquals(List.of("pet2"), contents(Backups.list(pet)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> contents(List<Path> files) {
        return files.stream().map(p -> {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }
}
