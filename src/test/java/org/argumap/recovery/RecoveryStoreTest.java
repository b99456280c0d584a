package org.argumap.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.argumap.model.ArgumentMap;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    private static final Instant WRITTEN = Instant.parse("2026-12-07T14:02:00Z");

    @TempDir
    Path dir;

    private static ArgumentMap map(String claim) {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("thesis", StatementContent.claim(claim));
        return map;
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMapLeftByADeadRunIsOfferedWithWhatItReplaces() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        Path original = dir.resolve("homework.argumap.json");
        crashed.write(crashed.newSlot(), map("Homework should be abolished."), Optional.of(original), "Homework",
                WRITTEN);
        crashed.abandon();

        try (RecoveryStore next = RecoveryStore.open(dir)) {
            List<RecoveredMap> orphans = next.orphans();
            assertEquals(1, orphans.size());
            RecoveredMap found = orphans.get(0);
            assertEquals(Optional.of(original.toAbsolutePath()), found.original());
            assertEquals("Homework", found.title());
            assertEquals(WRITTEN, found.written());
            assertEquals("Homework should be abolished.", found.map().statement("thesis").content().text());
        }
    }

    @Test
    void aNewMapRemembersThatItHasNoFile() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        crashed.write(crashed.newSlot(), map("x"), Optional.empty(), "Untitled", WRITTEN);
        crashed.abandon();
        try (RecoveryStore next = RecoveryStore.open(dir)) {
            assertEquals(Optional.empty(), next.orphans().get(0).original());
        }
    }

    @Test
    void theMapsOfARunStillAliveAndOfThisRunAreNotOffered() throws Exception {
        try (RecoveryStore running = RecoveryStore.open(dir); RecoveryStore other = RecoveryStore.open(dir)) {
            running.write(running.newSlot(), map("a"), Optional.empty(), "A", WRITTEN);
            other.write(other.newSlot(), map("b"), Optional.empty(), "B", WRITTEN);
            assertEquals(List.of(), other.orphans());
            assertEquals(List.of(), running.orphans());
        }
    }

    @Test
    void twoSlotsOfOneRunNeverShareAFile() throws Exception {
        try (RecoveryStore store = RecoveryStore.open(dir)) {
            String first = store.newSlot();
            String second = store.newSlot();
            store.write(first, map("a"), Optional.empty(), "A", WRITTEN);
            store.write(second, map("b"), Optional.empty(), "B", WRITTEN);
            assertTrue(store.holds(first) && store.holds(second));
        }
    }

    @Test
    void aRemovedSlotIsGoneAndNeverOffered() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        String slot = crashed.newSlot();
        crashed.write(slot, map("a"), Optional.empty(), "A", WRITTEN);
        crashed.remove(slot);
        assertFalse(crashed.holds(slot));
        crashed.abandon();
        try (RecoveryStore next = RecoveryStore.open(dir)) {
            assertEquals(List.of(), next.orphans());
        }
    }

    @Test
    void aCleanQuitLeavesNothingOfTheRun() throws Exception {
        RecoveryStore store = RecoveryStore.open(dir);
        store.write(store.newSlot(), map("a"), Optional.empty(), "A", WRITTEN);
        store.close();
        assertEquals(List.of(), names());
    }

    @Test
    void discardingTheLastMapOfADeadRunRemovesItsLockToo() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        crashed.write(crashed.newSlot(), map("a"), Optional.empty(), "A", WRITTEN);
        crashed.abandon();
        try (RecoveryStore next = RecoveryStore.open(dir)) {
            next.discard(next.orphans().get(0));
            assertEquals(List.of("run-" + next.runId() + ".lock"), names());
        }
    }

    @Test
    void theLockOfADeadRunThatLeftNothingGoesAtTheNextStart() throws Exception {
        RecoveryStore killed = RecoveryStore.open(dir);
        killed.abandon();
        // What a kill in the middle of an autosave leaves beside the map (AtomicFiles' temporary file).
        Path cutShort = dir.resolve("." + killed.runId() + "-1.argumap.json.x1y2.tmp");
        Files.writeString(cutShort, "{\"format\": \"argu");
        RecoveryStore killedWithWork = RecoveryStore.open(dir);
        killedWithWork.write(killedWithWork.newSlot(), map("a"), Optional.empty(), "A", WRITTEN);
        killedWithWork.abandon();
        Path killedLock = dir.resolve("run-" + killed.runId() + ".lock");
        Path workLock = dir.resolve("run-" + killedWithWork.runId() + ".lock");
        try (RecoveryStore alive = RecoveryStore.open(dir)) {
            Path aliveLock = dir.resolve("run-" + alive.runId() + ".lock");
            for (Path lock : List.of(killedLock, workLock, aliveLock)) {
                Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(RecoveryStore.LOCK_GRACE).minusSeconds(5)));
            }
            try (RecoveryStore next = RecoveryStore.open(dir)) {
                assertFalse(Files.exists(killedLock), "a dead run with nothing to offer leaves no lock");
                assertFalse(Files.exists(cutShort), "nor the half-written file of a write it was killed in");
                assertTrue(Files.exists(workLock), "a dead run with a map to offer keeps its lock until it is handled");
                assertTrue(Files.exists(aliveLock), "a live run keeps its lock");
                assertEquals(1, next.orphans().size());
            }
        }
    }

    @Test
    void discardingTheLastMapOfADeadRunRemovesTheHalfWrittenFilesOfItsKilledWrites() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        crashed.write(crashed.newSlot(), map("a"), Optional.empty(), "A", WRITTEN);
        Files.writeString(dir.resolve("." + crashed.runId() + "-1.argumap.json.x1y2.tmp"), "{\"format\": \"argu");
        crashed.abandon();
        try (RecoveryStore next = RecoveryStore.open(dir)) {
            next.discard(next.orphans().get(0));
            assertEquals(List.of("run-" + next.runId() + ".lock"), names());
        }
    }

    @Test
    void aYoungLockIsLeftAloneForItMayBeARunStartingNow() throws Exception {
        RecoveryStore killed = RecoveryStore.open(dir);
        killed.abandon();
        try (RecoveryStore next = RecoveryStore.open(dir)) {
            assertTrue(Files.exists(dir.resolve("run-" + killed.runId() + ".lock")));
        }
    }

    @Test
    void aDamagedRecoveryFileIsSkippedWithALogLine() throws Exception {
        RecoveryStore crashed = RecoveryStore.open(dir);
        String damaged = crashed.newSlot();
        crashed.write(damaged, map("a"), Optional.empty(), "A", WRITTEN);
        crashed.write(crashed.newSlot(), map("b"), Optional.empty(), "B", WRITTEN);
        crashed.abandon();
        Files.writeString(dir.resolve(damaged + ".argumap.json"), "{\"format\": \"argumap\", \"statem");

        List<LogRecord> logged = new ArrayList<>();
        Logger log = Logger.getLogger(RecoveryStore.class.getName());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try (RecoveryStore next = RecoveryStore.open(dir)) {
            List<RecoveredMap> orphans = next.orphans();
            assertEquals(List.of("B"), orphans.stream().map(RecoveredMap::title).toList());
        } finally {
            log.removeHandler(handler);
        }
        assertEquals(1, logged.size());
        assertTrue(logged.get(0).getMessage().contains(damaged), logged.get(0).getMessage());
    }

    @Test
    void theDataDirectoryCanBeNamedForTests() {
        String before = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, dir.toString());
        try {
            assertEquals(dir.resolve("recovery"), DataDirectory.recoveryFolder());
        } finally {
            if (before == null) {
                System.clearProperty(DataDirectory.PROPERTY);
            } else {
                System.setProperty(DataDirectory.PROPERTY, before);
            }
        }
    }
}
