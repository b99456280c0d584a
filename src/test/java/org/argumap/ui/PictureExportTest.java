package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.present.PresentationSteps;
import org.argumap.layout.Rect;
import org.argumap.model.Statement;
import org.argumap.render.MapRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File › Export Picture…: a student hands the map in as a PDF or a picture of part of it. */
class PictureExportTest extends MainWindowTestBase {

    @Test
    void theFileMenuOffersPicturesAndPrinting(FxRobot robot) {
        List<String> items = menuItemTexts(robot, "File");
        assertTrue(items.contains("Export Picture…"), items.toString());
        assertTrue(items.contains("Export Handout…"), items.toString());
        assertTrue(items.contains("Print…"), items.toString());
    }

    @Test
    void theWholeMapBecomesAPdfWithItsWordsAndTheMapStaysAsItWas(FxRobot robot, @TempDir Path dir) throws Exception {
        String before = new ArgumapJsonFormat().writeToString(map());
        String titleBefore = title();
        files.answerExportWith(dir.resolve("hand-in"), null);
        choose(robot, "File", "Export Picture…");
        dialog(robot);
        robot.clickOn("#picture-pdf");
        robot.clickOn("Export…");

        Path pdf = dir.resolve("hand-in.pdf");
        waitFor(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("How is this different from US spying on the EU?"), text);
        }
        assertEquals(List.of("export:apt31-thread.pdf"), files.asked(), "the name suggested ends as the format");
        assertEquals(before, new ArgumapJsonFormat().writeToString(map()), "the map is untouched");
        assertEquals(titleBefore, title(), "and not marked changed");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> window.documents().noticeProperty().get())
                .startsWith("Exported " + pdf.toAbsolutePath()));
    }

    @Test
    void theSelectedBoxBecomesATransparentPngOfItsOwnSize(FxRobot robot, @TempDir Path dir) throws Exception {
        Statement claim = map().statements().stream()
                .filter(s -> s.content().title().startsWith("Conditional")).findFirst().orElseThrow();
        robot.clickOn(screenCentreOf(claim.id()));
        files.answerExportWith(dir.resolve("claim.png"), null);
        choose(robot, "File", "Export Picture…");
        dialog(robot);
        robot.clickOn("#picture-png");
        robot.clickOn("#picture-selection");
        robot.clickOn("#picture-transparent");
        robot.doubleClickOn("#picture-scale .text-field").write("1").type(KeyCode.TAB);
        robot.clickOn("Export…");

        Path png = dir.resolve("claim.png");
        waitFor(png);
        BufferedImage image = ImageIO.read(png.toFile());
        Rect box = onFx(() -> window.canvas().geometry().rectOf(claim.id()));
        assertEquals(Math.ceil(box.width() + 2 * MapRenderer.MARGIN), image.getWidth(), 1);
        assertEquals(0, image.getRGB(0, 0) >>> 24, "the background is transparent");
    }

    @Test
    void theHandoutMenuWritesTheSlidesOfThePresentation(FxRobot robot, @TempDir Path dir) throws Exception {
        files.answerExportWith(dir.resolve("lesson"), "slides-pptx");
        choose(robot, "File", "Export Handout…");
        Path pptx = dir.resolve("lesson.pptx");
        waitFor(pptx);
        int steps = PresentationSteps.of(map()).size();
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertEquals(1 + steps, deck.getSlides().size(), "the overview, then a slide per step");
        }
        assertEquals(List.of("export:apt31-thread handout.pdf"), files.asked());
    }

    @Test
    void cancellingTheDialogAsksForNoFile(FxRobot robot) {
        choose(robot, "File", "Export Picture…");
        dialog(robot);
        robot.clickOn("Cancel");
        assertFalse(dialogShowing(robot));
        assertTrue(files.asked().isEmpty(), files.asked().toString());
    }

    private static void waitFor(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(file) && Files.size(file) > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
