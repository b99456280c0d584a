package org.argumap.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Pagination;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.argumap.io.MapReadException;
import org.argumap.render.picture.PageSize;
import org.argumap.render.picture.PagePlan;
import org.argumap.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.argumap.ui.dialog.ChosenFile;
import org.argumap.ui.dialog.FileDialogs;
import org.argumap.ui.dialog.FormatFilter;
import org.argumap.ui.picture.PictureExporter;
import org.argumap.ui.theme.MemoryPreferences;
import org.junit.jupiter.api.io.TempDir;
import org.argumap.ui.dialog.FxPrompts;
import org.argumap.ui.dialog.Prompts;
import org.argumap.ui.dialog.SaveChoice;
import org.argumap.model.MapInfo;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Print…: the preview shows the pages the printer will get, and a computer without a
 * printer says so instead of failing silently. (No robot can drive a real printer; the pages are
 * checked as drawn for it.)
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {
    private final AnsweringFiles files = new AnsweringFiles();
    private MainWindow window;
    private Stage stage;
    private final List<String> errors = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, files, new FxPrompts(), url -> { }, MemoryPreferences.themes());
        window.show();
        window.open(null);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    @Test
    void withoutAPrinterTheUserIsToldToSaveAPdf(FxRobot robot) {
        MapPrinter printer = printer();
        Platform.runLater(printer::print);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Print…");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("No printer is set up"), errors.get(0));
        assertTrue(errors.get(0).contains("Save as PDF"), errors.get(0));
    }

    @Test
    void thePreviewSavesTheSamePagesAsAPdf(FxRobot robot, @TempDir Path dir) throws Exception {
        files.answer = dir.resolve("handout");
        MapPrinter printer = printer();
        Platform.runLater(printer::print);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#print-tile");
        int tiles = onFx(() -> robot.lookup("#print-preview").queryAs(Pagination.class).getPageCount());
        robot.clickOn("Save as PDF…");
        Path pdf = dir.resolve("handout.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(pdf) && Files.size(pdf) > 0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(tiles, document.getNumberOfPages());
        }
    }

    @Test
    void thePreviewShowsOnePageFittedThenTheTilesAtPrintSize(FxRobot robot) {
        MapPrinter printer = printer();
        PrintPreviewDialog preview = onFx(printer::preview);
        onFx(() -> {
            preview.initOwner(stage);
            preview.show();
            return null;
        });
        assertEquals(1, onFx(() -> preview.pages().pages().size()));
        assertTrue(onFx(() -> preview.pages().isLandscape(0)), "the wide demo map turns the page");

        robot.clickOn("#print-tile");
        int tiles = onFx(() -> preview.pages().pages().size());
        assertTrue(tiles > 1, "at print size the demo map takes several pages: " + tiles);
        Pagination pagination = robot.lookup("#print-preview").queryAs(Pagination.class);
        assertEquals(tiles, onFx(pagination::getPageCount));
        assertEquals("Page 2 of " + tiles + " (row 1, column 2)", onFx(() -> preview.pages().pages().get(1).label()));

        robot.clickOn("#print-paper").clickOn("A3");
        assertTrue(onFx(() -> preview.pages().pages().size()) < tiles, "larger paper, fewer pages");
        assertEquals(new PrintSettings(PageSize.A3, true, true), onFx(preview::settings));
    }

    @Test
    void aPageForThePrinterCarriesTheMap() {
        MapPrinter printer = printer();
        PrintPreviewDialog preview = onFx(printer::preview);
        PagePlan.Page page = onFx(() -> preview.pages().pages().get(0));
        Canvas printed = onFx(() -> preview.pages().draw(0, page.width(), page.height()));
        PixelReader pixels = onFx(() -> printed.snapshot(null, null).getPixelReader());
        int inked = 0;
        for (int y = 0; y < (int) printed.getHeight(); y += 3) {
            for (int x = 0; x < (int) printed.getWidth(); x += 3) {
                inked += pixels.getColor(x, y).getBrightness() < 0.6 ? 1 : 0;
            }
        }
        assertTrue(inked > 200, "lines and words are drawn on the page: " + inked);
        assertEquals(Math.floor(page.width()), printed.getWidth());
    }

    /** A printer as the window makes it, on a computer without a printer. */
    private MapPrinter printer() {
        return new MapPrinter(window.documents(), window.canvas(), recordingPrompts(), () -> stage,
                new PictureExporter(window.documents(), window.canvas(), files, recordingPrompts(), () -> stage),
                () -> null);
    }

    /** The real prompts, except that errors are written down rather than shown. */
    private Prompts recordingPrompts() {
        Prompts real = new FxPrompts();
        return new Prompts() {
            @Override
            public SaveChoice askToSaveChanges(Window owner, String documentName) {
                return real.askToSaveChanges(owner, documentName);
            }

            @Override
            public void showReadError(Window owner, MapReadException error) {
                errors.add(error.getMessage());
            }

            @Override
            public void showError(Window owner, String header, String details) {
                errors.add(header + ": " + details);
            }

            @Override
            public Optional<MapInfo> editMapInfo(Window owner, MapInfo current) {
                return real.editMapInfo(owner, current);
            }

            @Override
            public boolean confirmDelete(Window owner, String header, String details) {
                return real.confirmDelete(owner, header, details);
            }
        };
    }

    /** Answers the export chooser with one file; the rest is never asked here. */
    private static final class AnsweringFiles implements FileDialogs {
        private volatile Path answer;

        @Override
        public Optional<Path> chooseMapToOpen(Window owner) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseSaveTarget(Window owner, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<ChosenFile> chooseFileToImport(Window owner, List<FormatFilter> filters) {
            return Optional.empty();
        }

        @Override
        public Optional<ChosenFile> chooseExportTarget(Window owner, List<FormatFilter> filters, FormatFilter selected,
                                                       String suggestedName) {
            return Optional.ofNullable(answer).map(ChosenFile::of);
        }
    }

    private static <T> T onFx(Callable<T> task) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(task));
    }
}
