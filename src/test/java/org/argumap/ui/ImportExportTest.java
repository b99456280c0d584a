package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.argumap.ThirdPartyFiles;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.io.argdown.ArgdownFormat;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;
import org.argumap.ui.exchange.FormatQuestion;
import org.argumap.ui.exchange.ThreadOptionsDialog;
import org.argumap.ui.exchange.WarningsDialog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

class ImportExportTest extends MainWindowTestBase {
    /** A real Reddit thread of 145 comments; a test that imports it is skipped without the third-party files. */
    static Path forest() {
        return ThirdPartyFiles.testdata("threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json");
    }

    private ArgumentMap makeDirty() {
        ArgumentMap open = map();
        String id = open.statements().get(0).id();
        onFx(() -> document().history().execute(new MoveBoxCommand(open, id, new Position(3, 4))));
        return open;
    }

    @Test
    void anUnreadableImportIsReportedWithItsPlaceAndTheOpenMapStays(FxRobot robot, @TempDir Path dir) throws Exception {
        ArgumentMap open = makeDirty();
        String dirtyTitle = title();
        Path broken = Files.writeString(dir.resolve("broken.reddit.json"), "[{\"kind\": \"Listing\",\n \"data\": }]");

        files.answerImportWith(broken, null);
        choose(robot, "File", "Import…");
        DialogPane options = dialog(robot);
        assertTrue(options.getButtonTypes().contains(ThreadOptionsDialog.IMPORT), "the thread options come first");
        robot.clickOn("Import");

        DialogPane alert = dialog(robot);
        assertTrue(alert.getHeaderText().contains("broken.reddit.json"), alert.getHeaderText());
        assertTrue(alert.getContentText().startsWith("Line 2, column "), alert.getContentText());
        robot.clickOn("OK");
        assertFalse(dialogShowing(robot));
        assertSame(open, map(), "the open map stays");
        assertEquals(dirtyTitle, title(), "with its unsaved change");
    }

    @Test
    void aPlainJsonFileUnderAllSupportedFilesAsksForItsFormat(FxRobot robot, @TempDir Path dir) throws Exception {
        Path plain = dir.resolve("exported.json");
        new ArgumapJsonFormat().write(map(), plain);

        files.answerImportWith(plain, null);
        choose(robot, "File", "Import…");
        DialogPane question = dialog(robot);
        assertEquals(FormatQuestion.header(plain), question.getHeaderText());
        robot.clickOn("OK");

        assertFalse(dialogShowing(robot));
        assertEquals("exported — Argumap", title());
        assertEquals(Optional.empty(), document().file());
    }

    @Test
    void readerWarningsShowInTheStatusBarAndInTheirOwnDialog(FxRobot robot) {
        Path forest = forest();
        files.answerImportWith(forest, "reddit");
        choose(robot, "File", "Import…");
        dialog(robot);
        robot.clickOn("Import");

        Hyperlink link = robot.lookup("#show-warnings").queryAs(Hyperlink.class);
        assertTrue(onFx(link::isVisible));
        assertEquals("Show 2 warnings…", onFx(link::getText));
        robot.clickOn(link);
        DialogPane list = dialog(robot);
        assertTrue(list.getHeaderText().startsWith("“" + forest.getFileName() + "” was read with 2 warnings"));
        TableView<?> rows = robot.lookup("#warnings-table").queryAs(TableView.class);
        assertEquals(2, onFx(() -> rows.getItems().size()));
        assertTrue(onFx(() -> rows.getItems().get(0).toString()).contains("Line 1, column 82"));
        robot.clickOn("OK");

        robot.interact(() -> window.documents().newMap());
        assertFalse(onFx(link::isVisible), "the warnings go with the imported map");
    }

    @Test
    void exportWritesTheChosenFormatAndLeavesTheMapUnsaved(FxRobot robot, @TempDir Path dir) throws Exception {
        makeDirty();
        String dirtyTitle = title();
        files.answerExportWith(dir.resolve("handout"), "argdown");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);

        Path written = dir.resolve("handout.argdown");
        assertTrue(Files.exists(written), "the filter's extension is added to a bare name");
        assertEquals(map().statements().size(), ArgdownFormat.READER.read(Files.readAllBytes(written), written).map()
                .statements().size());
        assertEquals(dirtyTitle, title(), "export is not save");
        assertEquals(Optional.empty(), document().file());
        assertEquals(List.of("export:apt31-thread.md"), files.asked());
        assertEquals(List.of(), List.of(dir.toFile().list()).stream().filter(n -> n.endsWith(".tmp")).toList());
    }

    @Test
    void exportErrorsAreReportedAndNothingChanges(FxRobot robot, @TempDir Path dir) {
        Path nowhere = dir.resolve("no such folder").resolve("summary.md");
        files.answerExportWith(nowhere, "outline");
        choose(robot, "File", "Export…");

        DialogPane alert = dialog(robot);
        assertEquals("Could not export summary.md", alert.getHeaderText());
        assertTrue(alert.getContentText().contains("no such folder"), alert.getContentText());
        robot.clickOn("OK");
        assertFalse(Files.exists(nowhere));
        assertEquals(DEMO_NAME + " — Argumap", title());
    }

    @Test
    void theOutlineExportSaysWhichClaimsStand(FxRobot robot, @TempDir Path dir) throws Exception {
        files.answerExportWith(dir.resolve("summary.md"), "outline");
        choose(robot, "File", "Export…");

        String text = Files.readString(dir.resolve("summary.md"));
        int statements = map().statements().size();
        assertTrue(text.matches("(?s).*\n\\*\\*Which claims stand:\\*\\* \\d+ of " + statements + " statements .*"), text);
        assertTrue(text.contains(" — ✓ stands") || text.contains(" — ✗ falls") || text.contains(" — ? undecided"), text);
    }
}
