package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.argumap.edit.AddClaimCommand;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Save writes a large map on a worker: the window answers meanwhile, and what the user
 * changes during the write is neither lost nor half written: the file holds the map as it was
 * when Save was chosen, and the map stays unsaved. The write is paused by the test, not raced.
 */
class SaveLargeMapTest extends MainWindowTestBase {
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();
    private final CountDownLatch writing = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);

    @Test
    void anEditMadeWhileALargeMapIsWrittenStaysUnsavedAndOutOfTheFile(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = openLargeMap(dir);
        onFx(() -> document().history().execute(new AddClaimCommand(map(), "Written with the save", null)));

        assertTrue(onFx(() -> window.documents().save()), "the save is under way");
        assertTrue(writing.await(30, TimeUnit.SECONDS));
        assertTrue(menuOpens(robot, "Edit"), "a menu opens while the map is written");
        assertTrue(onFx(() -> window.documents().noticeProperty().get()).startsWith("Saving "));
        onFx(() -> document().history().execute(new AddClaimCommand(map(), "Typed during the save", null)));
        goOn.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> onFx(() -> window.documents().noticeProperty().get()).startsWith("Saved "));

        ArgumentMap saved = format.read(file).map();
        assertTrue(hasClaim(saved, "Written with the save"));
        assertFalse(hasClaim(saved, "Typed during the save"), "the later edit is not half written into the file");
        assertTrue(document().isDirty(), "the later edit is still unsaved");
        assertEquals(file.toAbsolutePath(), document().file().orElseThrow());
    }

    @Test
    void aLargeMapWrittenWithoutChangesMeanwhileIsSaved(@TempDir Path dir) throws Exception {
        Path file = openLargeMap(dir);
        onFx(() -> document().history().execute(new AddClaimCommand(map(), "Written with the save", null)));

        onFx(() -> window.documents().save());
        assertTrue(writing.await(30, TimeUnit.SECONDS));
        goOn.countDown();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> onFx(() -> window.documents().noticeProperty().get()).startsWith("Saved "));

        assertFalse(document().isDirty());
        assertTrue(hasClaim(format.read(file).map(), "Written with the save"));
        assertEquals("large.argumap.json — Argumap", title());
    }

    /** A map of more boxes than are saved at once, opened from its file, with the worker's write paused. */
    private Path openLargeMap(Path dir) throws Exception {
        Path file = dir.resolve("large.argumap.json");
        ArgumentMap large = DebateMaps.debate(3_000, 5);
        assertTrue(large.size() > DocumentController.BACKGROUND_SAVE_NODES);
        format.write(large, file);
        onFx(() -> window.documents().openFile(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> map().size() == large.size()));
        onFx(() -> window.documents().setSaving(map -> {
            ArgumapJsonFormat.PreparedWrite taken = format.prepareWrite(map);
            return (target, backups) -> {
                writing.countDown();
                try {
                    goOn.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return taken.writeTo(target, backups);
            };
        }));
        return file;
    }

    private static boolean hasClaim(ArgumentMap map, String text) {
        return map.statements().stream().anyMatch(s -> s.text().equals(text));
    }

    private static boolean menuOpens(FxRobot robot, String menu) {
        robot.clickOn(menu);
        WaitForAsyncUtils.waitForFxEvents();
        boolean open = onFx(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return open;
    }
}
