package org.argumap.ui.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;
import org.argumap.edit.AddClaimCommand;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapInfo;
import org.argumap.model.Position;
import org.argumap.model.Presentation;
import org.argumap.model.StatementContent;
import org.argumap.recovery.RecoveryStore;
import org.argumap.ui.BundledMaps;
import org.argumap.ui.DocumentController;
import org.argumap.ui.UncommittedTyping;
import org.argumap.ui.dialog.FxFileDialogs;
import org.argumap.ui.dialog.FxPrompts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The autosave without a window: focus loss, the delay, and the copy it writes. */
@ExtendWith(ApplicationExtension.class)
class AutosaveTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T14:02:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static <T> T onFx(Callable<T> query) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(query));
    }

    @Test
    void losingFocusWritesAtOnceWithoutWaitingForTheDelay() throws Exception {
        RecoveryStore store = RecoveryStore.open(dir);
        SimpleBooleanProperty focused = new SimpleBooleanProperty(true);
        DocumentController documents = onFx(() -> new DocumentController(new FxFileDialogs(), new FxPrompts(), () -> null));
        Autosave autosave = onFx(() -> new Autosave(documents, focused, store, Duration.hours(1), CLOCK));

        onFx(() -> {
            documents.document().history().execute(new AddClaimCommand(documents.document().map(), "A claim",
                    new Position(0, 0)));
            return null;
        });
        autosave.afterWrites(() -> { }).get(10, TimeUnit.SECONDS);
        assertFalse(store.holds(autosave.slot()), "the delay has not passed");

        onFx(() -> {
            focused.set(false);
            return null;
        });
        autosave.afterWrites(() -> { }).get(10, TimeUnit.SECONDS);
        assertTrue(store.holds(autosave.slot()));
        onFx(() -> {
            autosave.stop();
            return null;
        });
        store.close();
    }

    @Test
    void theCopyHoldsAllAFileHolds() throws Exception {
        ArgumentMap map = BundledMaps.read(BundledMaps.DEMO).map();
        String first = map.statements().get(0).id();
        map.moveTo(first, new Position(12, 34));
        map.setInfo(new MapInfo("Homework", "About homework", "", List.of("Ana"), null, null));
        map.setPresentation(new Presentation(List.of(new Presentation.Step(List.of(first), "Start here"))));

        ArgumapJsonFormat format = new ArgumapJsonFormat();
        assertEquals(format.writeToString(map), format.writeToString(MapSnapshot.of(map)));
    }

    @Test
    void timesAndWhatARestoreReplacesAreWordedForPeople() {
        Instant now = Instant.parse("2026-12-07T16:00:00Z");
        assertEquals("today 14:02", RecoveryTexts.when(Instant.parse("2026-12-07T14:02:00Z"), now, ZoneOffset.UTC));
        assertEquals("yesterday 09:15",
                RecoveryTexts.when(Instant.parse("2026-12-06T09:15:00Z"), now, ZoneOffset.UTC));
        assertEquals("3 Dec 2026 14:02", RecoveryTexts.when(Instant.parse("2026-12-03T14:02:00Z"), now, ZoneOffset.UTC));
        assertEquals("a new map, never saved", RecoveryTexts.replaces(Optional.empty(), now, now, ZoneOffset.UTC));
        Path gone = dir.resolve("gone.argumap.json");
        assertEquals("replaces " + gone + ", which is no longer there",
                RecoveryTexts.replaces(Optional.of(gone), now, now, ZoneOffset.UTC));
    }

    @Test
    void aFileSavedAfterTheCopyIsSaidToBeNewer() throws Exception {
        Instant now = Instant.parse("2026-12-07T16:00:00Z");
        Instant autosaved = Instant.parse("2026-12-07T14:02:00Z");
        Path file = dir.resolve("homework.argumap.json");
        Files.writeString(file, "{}");

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-07T13:40:00Z")));
        assertEquals("replaces " + file + ", saved today 13:40",
                RecoveryTexts.replaces(Optional.of(file), autosaved, now, ZoneOffset.UTC));

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-07T14:03:00Z")));
        assertEquals("replaces " + file + ", saved today 14:03, after this copy was autosaved: the file may hold"
                + " newer work than this copy", RecoveryTexts.replaces(Optional.of(file), autosaved, now, ZoneOffset.UTC));
    }

    @Test
    void wordsStillBeingTypedAreWrittenAsTheEditTheyWouldBecomeWithoutCommittingThem() throws Exception {
        RecoveryStore store = RecoveryStore.open(dir);
        SimpleBooleanProperty focused = new SimpleBooleanProperty(true);
        DocumentController documents = onFx(() -> new DocumentController(new FxFileDialogs(), new FxPrompts(), () -> null));
        String[] typed = {""};
        onFx(() -> {
            documents.setUncommittedTyping(new UncommittedTyping() {
                @Override
                public boolean any() {
                    return !typed[0].isEmpty();
                }

                @Override
                public void writeOnto(ArgumentMap copy) {
                    copy.addStatement("typed", StatementContent.claim(typed[0]));
                }
            });
            return null;
        });
        Autosave autosave = onFx(() -> new Autosave(documents, focused, store, Duration.millis(50), CLOCK));

        onFx(() -> {
            typed[0] = "Half a sente";
            autosave.typed();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.holds(autosave.slot()));
        autosave.afterWrites(() -> { }).get(10, TimeUnit.SECONDS);
        assertFalse(documents.document().isDirty(), "nothing was committed");
        assertTrue(documents.document().map().isEmpty());
        store.abandon();
        try (RecoveryStore next = RecoveryStore.open(dir)) {
            assertEquals("Half a sente", next.orphans().get(0).map().statement("typed").content().text());
        }

        // Escape on a map with no other changes: the words are gone, and so is the file that held them.
        onFx(() -> {
            typed[0] = "";
            autosave.typed();
            return null;
        });
        autosave.afterWrites(() -> { }).get(10, TimeUnit.SECONDS);
        assertFalse(store.holds(autosave.slot()));
        onFx(() -> {
            autosave.stop();
            return null;
        });
    }
}
