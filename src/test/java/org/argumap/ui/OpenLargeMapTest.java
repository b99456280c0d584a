package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.render.BoxPainter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A large map is read in the background: the window answers meanwhile (a menu opens), shows how far
 * the reading has come, can stop it, and first shows the map's main claim where its words can be
 * read. The reading is paused by the test at a known point, not raced against.
 */
class OpenLargeMapTest extends MainWindowTestBase {
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);
    private final CountDownLatch readingEnded = new CountDownLatch(1);

    @Test
    void aMapOf100000StatementsOpensWhileTheWindowAnswersAndShowsItsMainClaimReadably(FxRobot robot,
            @TempDir Path dir) throws Exception {
        Path file = dir.resolve("debate-100000.argumap.json");
        new ArgumapJsonFormat().write(DebateMaps.debate(100_000, 13), file);
        ArgumentMap before = map();
        pauseReadingHalfWay(DocumentController.BACKGROUND_BYTES);

        files.answerOpenWith(file);
        choose(robot, "File", "Open…");
        assertTrue(reading.await(60, TimeUnit.SECONDS), "the reading began");

        assertTrue(menuOpens(robot, "Edit"), "a menu opens while the file is read");
        assertTrue(progressText(robot).contains("50 %"), progressText(robot));
        assertSame(before, map(), "the map open before stays until the new one is read");

        goOn.countDown();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> map().size() > 100_000));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> onFx(() -> !window.canvas().layoutBusyProperty().get() && !window.canvas().geometry().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("debate-100000.argumap.json — Argumap", title());
        assertFalse(onFx(() -> robot.lookup("#opening-progress").query().isVisible()), "the progress is gone");
        String claim = onFx(() -> map().mainClaims().get(0).id());
        Rect box = onFx(() -> window.canvas().geometry().rectOf(claim));
        Rect visible = onFx(() -> window.canvas().navigation().visibleMapArea());
        double zoom = onFx(() -> window.canvas().zoomProperty().get());
        assertTrue(zoom >= BoxPainter.FULL_DETAIL_ZOOM && zoom <= 1, "a zoom where words are drawn, not a strip: " + zoom);
        assertTrue(visible.x() <= box.x() && visible.maxX() >= box.maxX() && visible.y() <= box.y()
                && visible.maxY() >= box.maxY(), "the main claim " + box + " is in view " + visible);
    }

    /**
     * The map is shown before it is evaluated; which claims stand is marked once the evaluation's
     * worker is done, and the marks are those of the map opened, for every statement.
     */
    @Test
    void aLargeMapOpenedIsMarkedWhenItsEvaluationArrives(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("debate-20000.argumap.json");
        new ArgumapJsonFormat().write(DebateMaps.debate(20_000, 5), file);
        onFx(() -> window.documents().setReading(FileLoading::readMapFile, 0));

        onFx(() -> window.documents().open(file));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> onFx(() -> map().statements().size() == 20_000));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> onFx(() -> !window.evaluation().live().busyProperty().get()));

        Evaluation marked = onFx(() -> window.evaluation().live().evaluation());
        Evaluation expected = onFx(() -> Evaluator.evaluate(map()));
        assertEquals(20_000, marked.statements().size(), "every statement is marked");
        assertEquals(expected.labels(), marked.labels());
        assertTrue(marked.statementsLabelled(org.argumap.analysis.evaluation.Label.IN).size() > 0, "some claims stand");
    }

    @Test
    void cancelLeavesTheMapThatWasOpenUntouched(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.argumap.json");
        new ArgumapJsonFormat().write(DebateMaps.debate(50, 3), file);
        ArgumentMap before = map();
        String title = title();
        pauseReadingHalfWay(0);

        onFx(() -> window.documents().open(file));
        assertTrue(reading.await(30, TimeUnit.SECONDS));
        robot.clickOn("#opening-cancel");
        goOn.countDown();
        assertTrue(readingEnded.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();

        assertSame(before, map(), "the map open before stays");
        assertEquals(title, title());
        assertNull(onFx(() -> window.documents().loadingProperty().get()));
        assertFalse(onFx(() -> robot.lookup("#opening-progress").query().isVisible()));
        assertTrue(onFx(() -> window.documents().noticeProperty().get()).startsWith("Stopped opening small.argumap.json"));
    }

    @Test
    void aBrokenFileReadInTheBackgroundIsReportedWithItsPlace(FxRobot robot, @TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.argumap.json");
        java.nio.file.Files.writeString(broken, "{\n  \"format\": \"argumap\",\n  \"statements\": [ {\"id\": \"s1\",, } ]\n}\n");
        ArgumentMap before = map();
        onFx(() -> window.documents().setReading(FileLoading::readMapFile, 0));

        robot.interact(() -> javafx.application.Platform.runLater(() -> window.documents().open(broken)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogShowing(robot));

        javafx.scene.control.DialogPane alert = dialog(robot);
        assertTrue(alert.getHeaderText().contains("broken.argumap.json"), alert.getHeaderText());
        assertTrue(alert.getContentText().contains("Line 3, column 31"), alert.getContentText());
        robot.clickOn("OK");
        assertSame(before, map(), "the map that was open is still open");
        assertNull(onFx(() -> window.documents().loadingProperty().get()));
    }

    /** Files from {@code backgroundBytes} on are read by a reading that stops half way until the test goes on. */
    private void pauseReadingHalfWay(long backgroundBytes) {
        onFx(() -> window.documents().setReading((file, loading) -> {
            try {
                loading.read(loading.size() / 2);
                reading.countDown();
                goOn.await();
                return FileLoading.readMapFile(file, loading);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                readingEnded.countDown();
            }
        }, backgroundBytes));
    }

    private static boolean menuOpens(FxRobot robot, String menu) {
        robot.clickOn(menu);
        WaitForAsyncUtils.waitForFxEvents();
        boolean open = onFx(() -> Window.getWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return open;
    }

    private static String progressText(FxRobot robot) {
        Node progress = robot.lookup("#opening-progress").query();
        return onFx(() -> progress.isVisible() ? ((Label) robot.from(progress).lookup(".label").query()).getText() : "");
    }
}
