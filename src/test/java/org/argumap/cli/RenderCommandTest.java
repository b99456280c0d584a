package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.present.PresentationSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argumap render}: the pictures a student hands in, made from the command line. */
class RenderCommandTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");

    @TempDir
    Path dir;

    @Test
    void drawsTheDemoMapAsPngSvgAndPdfByTheirEndings() throws Exception {
        for (String name : new String[] {"map.png", "map.svg", "map.pdf"}) {
            Path out = dir.resolve(name);
            CliRun run = CliRun.of("render", DEMO.toString(), out.toString());
            assertEquals(0, run.status(), run.toString());
            assertTrue(Files.size(out) > 1000, name + " was written");
        }
        assertTrue(Files.readString(dir.resolve("map.svg")).contains("<svg"));
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("map.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("APT31 and the China–Russia partnership"),
                    "the map's title heads the page");
        }
    }

    @Test
    void scaleAndThemeChangeThePicture() throws Exception {
        Path small = dir.resolve("small.png");
        Path large = dir.resolve("large.png");
        Path dark = dir.resolve("dark.png");
        assertEquals(0, CliRun.of("render", DEMO.toString(), small.toString(), "--scale", "1").status());
        assertEquals(0, CliRun.of("render", DEMO.toString(), large.toString(), "--scale", "3").status());
        assertEquals(0, CliRun.of("render", DEMO.toString(), dark.toString(), "--scale", "1", "--theme", "dark").status());
        BufferedImage one = ImageIO.read(small.toFile());
        BufferedImage three = ImageIO.read(large.toFile());
        assertEquals(one.getWidth() * 3, three.getWidth(), 3);
        int corner = ImageIO.read(dark.toFile()).getRGB(0, 0);
        assertTrue(((corner >> 16) & 255) < 60, "the dark theme has a dark background");
    }

    @Test
    void readsAnyFormatTheEditorImports() throws Exception {
        Path argdown = dir.resolve("debate.argdown");
        Files.writeString(argdown, """
                [Homework]: Homework should be abolished.
                  + [Rest]: Children need rest.
                  - [Practice]: Practice makes perfect.
                """);
        Path svg = dir.resolve("map.svg");
        CliRun run = CliRun.of("render", argdown.toString(), svg.toString());
        assertEquals(0, run.status(), run.toString());
        assertTrue(Files.readString(svg).contains(">Children need rest.<"));
    }

    @Test
    void tilesAPdfOverSeveralPagesOfTheChosenPaper() throws Exception {
        Path pdf = dir.resolve("tiles.pdf");
        CliRun run = CliRun.of("render", DEMO.toString(), pdf.toString(), "--tile", "--page", "Letter");
        assertEquals(0, run.status(), run.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() > 1);
            var paper = document.getPage(0).getMediaBox();
            assertEquals(612, Math.min(paper.getWidth(), paper.getHeight()), 0.5, "Letter paper");
            assertEquals(792, Math.max(paper.getWidth(), paper.getHeight()), 0.5, "Letter paper");
        }
    }

    @Test
    void writesTheHandoutAndTheSlidesOfThePresentation() throws Exception {
        Path handout = dir.resolve("handout.pdf");
        Path slides = dir.resolve("lesson.pptx");
        CliRun pdf = CliRun.of("render", DEMO.toString(), handout.toString(), "--handout");
        CliRun pptx = CliRun.of("render", DEMO.toString(), slides.toString());
        assertEquals(0, pdf.status(), pdf.toString());
        assertEquals(0, pptx.status(), pptx.toString());
        int steps = PresentationSteps.of(new ArgumapJsonFormat().read(DEMO).map()).size();
        try (PDDocument document = Loader.loadPDF(handout.toFile())) {
            assertEquals(1 + steps, document.getNumberOfPages());
        }
        try (XMLSlideShow deck = new XMLSlideShow(Files.newInputStream(slides))) {
            assertEquals(1 + steps, deck.getSlides().size());
        }
        CliRun wrong = CliRun.of("render", DEMO.toString(), dir.resolve("handout.png").toString(), "--handout");
        assertEquals(ExitStatus.BAD_INPUT, wrong.status());
        assertTrue(wrong.err().contains("--handout writes a PDF"), wrong.toString());
    }

    @Test
    void badArgumentsAndBrokenMapsGetOneLineAndStatusTwo() throws Exception {
        Path broken = dir.resolve("broken.argumap.json");
        Files.writeString(broken, "{\"format\": \"argumap\", \"version\": 1, \"statements\": [");
        CliRun[] runs = {
            CliRun.of("render", DEMO.toString(), dir.resolve("map.gif").toString()),
            CliRun.of("render", DEMO.toString(), dir.resolve("map.png").toString(), "--theme", "neon"),
            CliRun.of("render", DEMO.toString(), dir.resolve("map.pdf").toString(), "--page", "A5"),
            CliRun.of("render", DEMO.toString(), dir.resolve("map.png").toString(), "--scale", "9"),
            CliRun.of("render", broken.toString(), dir.resolve("map.png").toString()),
        };
        for (CliRun run : runs) {
            assertEquals(ExitStatus.BAD_INPUT, run.status(), run.toString());
            assertEquals(1, run.errLines().size(), run.toString());
            assertFalse(run.err().contains("Exception"), run.toString());
        }
        assertTrue(runs[4].err().startsWith(broken + ":1:"), "the broken file is named with its place: " + runs[4]);
        assertFalse(Files.exists(dir.resolve("map.png")), "nothing is written when the input cannot be drawn");
    }
}
