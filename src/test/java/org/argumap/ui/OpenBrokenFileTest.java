package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class OpenBrokenFileTest extends MainWindowTestBase {

    @Test
    void aBrokenFileIsReportedWithItsPlaceAndTheOpenMapStays(FxRobot robot, @TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.argumap.json");
        Files.writeString(broken, "{\n  \"format\": \"argumap\",\n  \"version\": 1,\n  \"statements\": [ {\"id\": \"s1\",, } ]\n}\n");
        MapReadException expected = assertThrows(MapReadException.class, () -> new ArgumapJsonFormat().read(broken));
        assertTrue(expected.line() > 0 && expected.column() > 0, "the reader names a place: " + expected.getMessage());

        ArgumentMap open = map();
        String movedId = open.statements().get(0).id();
        onFx(() -> document().history().execute(new MoveBoxCommand(open, movedId, new Position(5, 5))));
        String dirtyTitle = title();

        files.answerOpenWith(broken);
        robot.clickOn("File");
        robot.clickOn("Open…");

        DialogPane alert = dialog(robot);
        assertTrue(alert.getHeaderText().contains("broken.argumap.json"), alert.getHeaderText());
        String place = "Line " + expected.line() + ", column " + expected.column();
        assertTrue(alert.getContentText().contains(place), alert.getContentText());
        assertTrue(alert.getContentText().contains(expected.reason()), alert.getContentText());
        assertTrue(alert.getContentText().contains(broken.toAbsolutePath().toString()), "the full path");
        robot.clickOn("OK");

        assertFalse(dialogShowing(robot));
        assertSame(open, map(), "the map that was open is still open");
        assertEquals(dirtyTitle, title(), "still with its unsaved change");
        assertEquals(new Position(5, 5), open.node(movedId).position());
    }

    @Test
    void aMissingFileAtStartUpShowsTheErrorOverAnEmptyMap(FxRobot robot, @TempDir Path dir) {
        Path missing = dir.resolve("gone.argumap.json");
        robot.interact(() -> window.documents().newMap());
        robot.interact(() -> javafx.application.Platform.runLater(() -> window.open(missing)));

        DialogPane alert = dialog(robot);
        assertTrue(alert.getHeaderText().contains("gone.argumap.json"), alert.getHeaderText());
        robot.clickOn("OK");
        assertTrue(map().isEmpty());
        assertEquals("Untitled — Argumap", title());
    }
}
