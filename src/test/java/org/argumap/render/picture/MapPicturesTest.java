package org.argumap.render.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The three pictures of a map, read back by the tools their users open them with. */
class MapPicturesTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");
    private static final String MAIN_CLAIM = "Conditional, asymmetric, less durable";

    @Test
    void aPngIsTheMapAtTheChosenScaleOnItsBackground() throws Exception {
        MapRenderer renderer = demo();
        Rect area = renderer.area(Set.of());
        BufferedImage image = png(renderer, PictureOptions.defaults().withScale(3));
        assertEquals((int) Math.ceil(area.width() * 3), image.getWidth());
        assertEquals((int) Math.ceil(area.height() * 3), image.getHeight());
        assertEquals(MapPalette.LIGHT.background().argb(), image.getRGB(0, 0), "the corner is background");
    }

    @Test
    void aTransparentPngHasNoBackgroundButKeepsItsBoxes() throws Exception {
        BufferedImage image = png(demo(), PictureOptions.defaults().withScale(1).withTransparent(true));
        assertEquals(0, image.getRGB(0, 0) >>> 24, "the corner is transparent");
        long opaque = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                opaque += (image.getRGB(x, y) >>> 24) == 255 ? 1 : 0;
            }
        }
        assertTrue(opaque > 1000, "boxes are opaque: " + opaque);
    }

    @Test
    void aPictureOfTheSelectionShowsOnlyItsArea() throws Exception {
        MapRenderer renderer = demo();
        ArgumentMap map = renderer.map();
        String claim = map.statements().stream().filter(s -> s.content().title().equals(MAIN_CLAIM)).findFirst()
                .orElseThrow().id();
        BufferedImage whole = png(renderer, PictureOptions.defaults().withScale(1));
        BufferedImage part = png(renderer, PictureOptions.defaults().withScale(1).withOnly(Set.of(claim)));
        Rect box = renderer.geometry().rectOf(claim);
        assertEquals((int) Math.ceil(box.width() + 2 * MapRenderer.MARGIN), part.getWidth());
        assertTrue(part.getWidth() * part.getHeight() < whole.getWidth() * whole.getHeight() / 10);
    }

    @Test
    void anSvgParsesAndCarriesTheWordsAsText() throws Exception {
        Document svg = SvgDocuments.parse(MapPictures.write(demo(), PictureFormat.SVG, PictureOptions.defaults()).bytes());
        List<String> texts = SvgDocuments.texts(svg);
        assertTrue(texts.contains("MAIN CLAIM"), "role labels are text");
        assertTrue(String.join(" ", texts).contains("Conditional, asymmetric, less"), "the claim is text: " + texts);
        var groups = svg.getElementsByTagNameNS("*", "g");
        long boxes = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            boxes += ((org.w3c.dom.Element) groups.item(i)).getAttribute("id").startsWith("box-") ? 1 : 0;
        }
        assertEquals(demo().map().statements().size(), boxes, "each box is a group of its own, for Inkscape");
    }

    @Test
    void hostileWordsCannotBreakOrInjectIntoTheSvg() throws Exception {
        String[] hostile = {"<script>alert(1)</script>", "Fish & chips", "end ]]> of CDATA", "bell\u0007 and\u0001 nul\u0000",
            "lone \ud800 half", "quote ' and \" both", "<svg onload=alert(1)>"};
        ArgumentMap map = new ArgumentMap();
        for (int i = 0; i < hostile.length; i++) {
            map.addStatement("s" + i, new StatementContent(StatementKind.CLAIM, hostile[i], hostile[i], hostile[i],
                    List.of(), "", "", "", "", Map.of()));
            if (i > 0) {
                map.addInference("i" + i, InferenceContent.of(InferenceType.SUPPORT), List.of("s" + i), "s0");
            }
        }
        byte[] bytes = MapPictures.write(new MapRenderer(map, MapPalette.LIGHT), PictureFormat.SVG,
                PictureOptions.defaults()).bytes();
        Document svg = SvgDocuments.parse(bytes);
        assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength(), "no script element");
        assertEquals(1, svg.getElementsByTagNameNS("*", "svg").getLength(), "no svg element injected");
        String words = String.join("\n", SvgDocuments.texts(svg));
        assertTrue(words.contains("<script>alert(1)</script>"), "the words are shown as written: " + words);
        assertTrue(words.contains("Fish & chips"));
        assertTrue(words.contains("end ]]> of CDATA"));
        assertTrue(words.contains("bell and nul"), "control characters are left out: " + words);
        assertFalse(words.contains("\ud800"));
    }

    @Test
    void aPdfHasSearchableTextInEmbeddedFonts() throws Exception {
        byte[] bytes = MapPictures.write(demo(), PictureFormat.PDF, PictureOptions.defaults().withTitle("APT31")).bytes();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("MAIN CLAIM"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("How is this different from"), text);
            assertEquals("APT31", pdf.getDocumentInformation().getTitle());
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                PDFont font = pdf.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void aFittedPageIsLandscapeForAWideMapAndAnA3IsLarger() throws Exception {
        try (PDDocument a4 = Loader.loadPDF(pdf(PictureOptions.defaults()));
             PDDocument a3 = Loader.loadPDF(pdf(PictureOptions.defaults().withPage(PageSize.A3, false)))) {
            var page = a4.getPage(0).getMediaBox();
            assertEquals(PageSize.A4.height(), page.getWidth(), 0.5, "the demo map is wide: landscape");
            assertTrue(a3.getPage(0).getMediaBox().getWidth() > page.getWidth());
        }
    }

    @Test
    void tiledPagesAreLabelledAndEachShowsItsPart() throws Exception {
        MapRenderer renderer = demo();
        int expected = PagePlan.tiles(renderer.area(Set.of()), PageSize.A4).size();
        assertTrue(expected > 1, "the demo map does not fit one A4 page at print size");
        try (PDDocument pdf = Loader.loadPDF(pdf(PictureOptions.defaults().withPage(PageSize.A4, true)))) {
            assertEquals(expected, pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(pdf).contains("Page 2 of " + expected), stripper.getText(pdf));
        }
    }

    @Test
    void aThousandStatementMapBecomesEveryKindOfPicture() throws Exception {
        MapRenderer renderer = new MapRenderer(DebateMaps.debate(1000, 7), MapPalette.LIGHT);
        for (PictureFormat format : PictureFormat.values()) {
            MapPictures.Picture picture = MapPictures.write(renderer, format, PictureOptions.defaults().withScale(1));
            assertTrue(picture.bytes().length > 10_000, format + " has content");
        }
        SvgDocuments.parse(MapPictures.write(renderer, PictureFormat.SVG, PictureOptions.defaults()).bytes());
    }

    @Test
    void aPngTooLargeToHoldIsScaledDownAndTheUserToldSo() throws Exception {
        MapRenderer renderer = new MapRenderer(DebateMaps.debate(3000, 7), MapPalette.LIGHT);
        MapPictures.Picture picture = MapPictures.write(renderer, PictureFormat.PNG, PictureOptions.defaults().withScale(4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.bytes()));
        assertTrue(Math.max(image.getWidth(), image.getHeight()) <= MapPictures.MAX_PNG_SIDE);
        assertEquals(1, picture.notes().size());
        assertTrue(picture.notes().get(0).contains("too large for a PNG"), picture.notes().get(0));
    }

    private static MapRenderer demo() throws Exception {
        return new MapRenderer(new ArgumapJsonFormat().read(DEMO).map(), MapPalette.LIGHT);
    }

    private static BufferedImage png(MapRenderer renderer, PictureOptions options) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(MapPictures.write(renderer, PictureFormat.PNG, options).bytes()));
    }

    private static byte[] pdf(PictureOptions options) throws Exception {
        return MapPictures.write(demo(), PictureFormat.PDF, options).bytes();
    }
}
