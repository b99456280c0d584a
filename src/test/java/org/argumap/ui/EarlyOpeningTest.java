package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A map file named at start-up is read before the window opens (as {@code Main} does while JavaFX
 * starts); the window then shows what was read, or tells what is wrong with the file, as if it had
 * read it itself. The reading is let finish before the window asks for it, so that the file can be
 * changed in between: what is shown is then what was read early, and the change is still noticed.
 */
class EarlyOpeningTest extends MainWindowTestBase {
    private static final int STATEMENTS = 6_000;

    @Test
    void theMapReadEarlyIsTheOneShownAndALaterChangeOnDiskIsStillNoticed(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("early.argumap.json");
        ArgumapJsonFormat format = new ArgumapJsonFormat();
        format.write(DebateMaps.debate(STATEMENTS, 21), file);
        assertTrue(Files.size(file) >= DocumentController.BACKGROUND_BYTES, "a file large enough to be read early");

        EarlyOpening early = EarlyOpening.begin(file);
        assertNotNull(early);
        early.result();
        early.stamp().join();
        // Another program writes a smaller map there after the early reading, before the window opens.
        format.write(DebateMaps.debate(50, 4), file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10_000));

        robot.interact(() -> Platform.runLater(() -> window.open(file)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> map().statements().size() == STATEMENTS));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> window.documents().loadingProperty().get() == null));
        assertEquals("early.argumap.json — Argumap", title());

        robot.interact(() -> Platform.runLater(window.documents()::checkForExternalChange));
        DialogPane notice = dialog(robot);
        assertEquals("“early.argumap.json” was changed by another program.", notice.getHeaderText());
        robot.clickOn("Reload");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> map().statements().size() == 50));
    }

    @Test
    void aBrokenFileReadEarlyIsReportedWithItsPlace(FxRobot robot, @TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken-early.argumap.json");
        String valid = new ArgumapJsonFormat().writeToString(DebateMaps.debate(STATEMENTS, 22));
        int middle = valid.indexOf("\"id\"", valid.length() / 2);
        Files.writeString(broken, valid.substring(0, middle) + ",, " + valid.substring(middle));
        MapReadException expected = assertThrows(MapReadException.class, () -> new ArgumapJsonFormat().read(broken));
        ArgumentMap before = map();

        assertNotNull(EarlyOpening.begin(broken));
        robot.interact(() -> Platform.runLater(() -> window.open(broken)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dialogShowing(robot));

        DialogPane alert = dialog(robot);
        assertTrue(alert.getHeaderText().contains("broken-early.argumap.json"), alert.getHeaderText());
        String place = "Line " + expected.line() + ", column " + expected.column();
        assertTrue(alert.getContentText().contains(place), alert.getContentText());
        robot.clickOn("OK");
        assertFalse(dialogShowing(robot));
        assertSame(before, map(), "the map that was open is still open");
        assertNull(onFx(() -> window.documents().loadingProperty().get()));
    }

    @Test
    void aReadingOfAnotherFileIsNotShown(@TempDir Path dir) throws Exception {
        Path named = dir.resolve("named.argumap.json");
        Path other = dir.resolve("other.argumap.json");
        ArgumapJsonFormat format = new ArgumapJsonFormat();
        format.write(DebateMaps.debate(STATEMENTS, 23), named);
        format.write(DebateMaps.debate(STATEMENTS + 1, 24), other);

        EarlyOpening early = EarlyOpening.begin(named);
        assertNotNull(early);
        onFx(() -> window.open(other));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> map().statements().size() == STATEMENTS + 1));
        assertTrue(early.loading().isCancelled(), "the early reading of the other file is stopped");
    }
}
