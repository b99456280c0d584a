package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.util.Duration;
import org.argumap.edit.EditTextCommand;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.recovery.RecoveryStore;
import org.argumap.ui.dialog.FxPrompts;
import org.argumap.ui.recovery.RecoveryChoice;
import org.argumap.ui.recovery.RecoveryPrompts;
import org.argumap.ui.recovery.WindowRecovery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Autosave while editing, a crash, and the next window's offer to restore; as a user meets them. */
@Timeout(120)
class AutosaveRecoveryTest extends MainWindowTestBase {
    private static final Duration QUICK = Duration.millis(200);
    private static final String EDITED = "Written just before the crash.";

    @TempDir
    Path dir;
    private Path mapFile;
    private Path recoveryFolder;
    private WindowRecovery recovery;
    private final List<String> offers = new ArrayList<>();

    @BeforeEach
    void openAFileWithAutosave() throws Exception {
        mapFile = dir.resolve("homework.argumap.json");
        new ArgumapJsonFormat().write(map(), mapFile);
        recoveryFolder = dir.resolve("recovery");
        RecoveryStore store = RecoveryStore.open(recoveryFolder);
        onFx(() -> {
            window.documents().openFile(mapFile);
            recovery = WindowRecovery.attach(window, store, QUICK, Clock.systemDefaultZone());
        });
    }

    private String edit() {
        String id = map().statements().get(0).id();
        onFx(() -> document().history().execute(new EditTextCommand(map(), id, EDITED)));
        return id;
    }

    private void awaitRecoveryFileOf(WindowRecovery watched) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> watched.store().holds(watched.autosave().slot()));
    }

    private void awaitWorker(WindowRecovery watched) throws Exception {
        watched.autosave().afterWrites(() -> { }).get(10, TimeUnit.SECONDS);
    }

    /** What a killed process leaves: its files, and no lock. */
    private static void crash(WindowRecovery run) {
        onFx(() -> {
            try {
                run.abandon();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<String> sidecars() throws Exception {
        try (Stream<Path> files = Files.list(recoveryFolder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties")).toList();
        }
    }

    /** A new window on the same recovery folder, as the next start would open, answering the offer so. */
    private WindowRecovery restartAndAnswer(RecoveryChoice answer) throws Exception {
        RecoveryStore store = RecoveryStore.open(recoveryFolder);
        RecoveryPrompts prompts = (owner, title, when, replaces) -> {
            offers.add(title + " | " + when + " | " + replaces);
            return answer;
        };
        // The same stage: a second one stalls Monocle's headless rendering.
        return onFx(() -> {
            MainWindow next = new MainWindow(stage, files, new FxPrompts(), browsed::add, themePreference);
            next.show();
            next.open(null);
            WindowRecovery restarted = WindowRecovery.attach(next, store, QUICK, Clock.systemDefaultZone());
            restarted.offer(prompts);
            window = next;
            return restarted;
        });
    }

    @Test
    void afterACrashTheNextStartOffersTheEditsAndRestoresThemUnsaved(FxRobot robot) throws Exception {
        String id = edit();
        awaitRecoveryFileOf(recovery);
        crash(recovery);

        WindowRecovery next = restartAndAnswer(RecoveryChoice.RESTORE);

        assertEquals(1, offers.size(), offers.toString());
        assertTrue(offers.get(0).contains("| today "), offers.get(0));
        assertTrue(offers.get(0).contains("| replaces " + mapFile.toAbsolutePath() + ", saved today "), offers.get(0));
        assertEquals(EDITED, map().statement(id).content().text());
        assertTrue(document().isDirty());
        assertEquals(mapFile.toAbsolutePath(), document().file().orElseThrow());
        assertEquals(WindowTitle.DIRTY_MARK + "homework.argumap.json — Argumap", title());

        // The restored map is kept under this run at once; the dead run's file goes after.
        awaitRecoveryFileOf(next);
        awaitWorker(next);
        assertEquals(1, sidecars().size(), sidecars().toString());

        assertTrue(onFx(() -> window.documents().save()));
        awaitWorker(next);
        assertEquals(List.of(), sidecars());
        assertEquals(EDITED, new ArgumapJsonFormat().read(mapFile).map().statement(id).content().text());
        onFx(next::quitCleanly);
    }

    @Test
    void laterKeepsTheMapForTheNextStartAndDiscardRemovesIt(FxRobot robot) throws Exception {
        edit();
        awaitRecoveryFileOf(recovery);
        crash(recovery);

        WindowRecovery later = restartAndAnswer(RecoveryChoice.LATER);
        assertFalse(document().isDirty());
        crash(later);
        WindowRecovery discarded = restartAndAnswer(RecoveryChoice.DISCARD);

        assertEquals(2, offers.size(), offers.toString());
        assertEquals(List.of(), sidecars());
        onFx(discarded::quitCleanly);
    }

    @Test
    void savingRemovesTheRecoveryFile(FxRobot robot) throws Exception {
        edit();
        awaitRecoveryFileOf(recovery);
        assertTrue(onFx(() -> window.documents().save()));
        awaitWorker(recovery);
        assertEquals(List.of(), sidecars());
    }

    @Test
    void dontSaveRemovesTheRecoveryFile(FxRobot robot) throws Exception {
        edit();
        awaitRecoveryFileOf(recovery);
        choose(robot, "File", "New");
        dialog(robot);
        robot.clickOn("Don't Save");
        awaitWorker(recovery);
        assertEquals(List.of(), sidecars());
    }

    @Test
    void aCleanQuitLeavesNothing(FxRobot robot) throws Exception {
        edit();
        awaitRecoveryFileOf(recovery);
        onFx(recovery::quitCleanly);
        try (Stream<Path> files = Files.list(recoveryFolder)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
