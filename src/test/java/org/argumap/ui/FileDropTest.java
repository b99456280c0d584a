package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import org.argumap.ThirdPartyFiles;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.StatementContent;
import org.argumap.ui.exchange.DropPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Files dropped on the window. No robot can drag a file in from another application, so the tests
 * hand the files to the drop target as its drag handlers do, and check the banner shown meanwhile.
 */
class FileDropTest extends MainWindowTestBase {
    private void drop(FxRobot robot, Path... files) {
        robot.interact(() -> Platform.runLater(() -> window.dropTarget().drop(List.of(files))));
    }

    @Test
    void droppingAMapFileOpensIt(FxRobot robot, @TempDir Path dir) throws Exception {
        ArgumentMap small = new ArgumentMap();
        small.addStatement(StatementContent.claim("Dropped maps open"));
        Path file = dir.resolve("dropped.argumap.json");
        new ArgumapJsonFormat().write(small, file);

        DropPlan plan = onFx(() -> window.dropTarget().preview(List.of(file)));
        assertTrue(plan.accepted());
        assertEquals("Open dropped.argumap.json", onFx(() -> window.dropTarget().bannerText()));
        drop(robot, file);

        assertEquals(Optional.of(file.toAbsolutePath()), document().file(), "opened, so Save writes back to it");
        assertEquals("dropped.argumap.json — Argumap", title());
        assertEquals("Dropped maps open", map().statements().get(0).text());
    }

    @Test
    void droppingAnArgdownFileImportsIt(FxRobot robot) {
        Path primer = ThirdPartyFiles.testdata("argdown/argdown_argdown-primer.argdown");
        assertEquals("Import argdown_argdown-primer.argdown as Argdown",
                onFx(() -> window.dropTarget().preview(List.of(primer)).hint()));
        drop(robot, primer);

        assertFalse(dialogShowing(robot));
        assertTrue(map().statements().size() > 5, "the primer's statements");
        assertEquals(Optional.empty(), document().file(), "an import is saved with Save As");
        assertEquals("argdown_argdown-primer — Argumap", title());
        assertEquals("argdown_argdown-primer.argumap.json", document().suggestedFileName());
    }

    @Test
    void severalFilesAndUnknownKindsAreRefusedWhileTheyHover(FxRobot robot, @TempDir Path dir) throws Exception {
        Path pdf = Files.writeString(dir.resolve("slides.pdf"), "%PDF-1.4");
        Path argdown = Files.writeString(dir.resolve("debate.argdown"), "[Cats]: Cats are the better pets.\n");
        DropPlan two = onFx(() -> window.dropTarget().preview(List.of(argdown, pdf)));
        assertFalse(two.accepted(), "no drop is offered");
        assertTrue(onFx(() -> window.dropTarget().bannerText()).startsWith("Drop one file at a time"));

        DropPlan unknown = onFx(() -> window.dropTarget().preview(List.of(pdf)));
        assertFalse(unknown.accepted());
        assertTrue(onFx(() -> window.dropTarget().bannerText()).contains("cannot tell the format of “slides.pdf”"));

        ArgumentMap open = map();
        drop(robot, pdf);
        assertTrue(dialog(robot).getContentText().contains("“slides.pdf”"), "should a drop arrive anyway, it says why");
        robot.clickOn("OK");
        assertEquals(open, map());
    }
}
