package org.argumap.render.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Presentation;
import org.argumap.present.PresentationStep;
import org.argumap.present.PresentationSteps;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.render.picture.PageSize;
import org.junit.jupiter.api.Test;

/** The handout and the slides of the demo map's presentation, read back as a reader's tools read them. */
class HandoutTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");
    private static final String NOTE = "Ask the class: is spying among allies different in kind?";

    @Test
    void theHandoutHasTheMapThenAPagePerStepWithItsWordsAndNotes() throws Exception {
        ArgumentMap map = demoWithNoteOnTheObjection();
        List<PresentationStep> steps = PresentationSteps.of(map);
        byte[] pdf = HandoutPdf.write(new MapRenderer(map, MapPalette.PRINT), steps, PageSize.A4, "APT31");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1 + steps.size(), document.getNumberOfPages());
            assertTrue(page(document, 1).contains("Overview · " + steps.size() + " steps"));
            assertTrue(page(document, 2).contains("Step 1 of " + steps.size()));
            assertTrue(page(document, 2).contains("MAIN CLAIM — Conditional, asymmetric, less durable"),
                    page(document, 2));
            int objection = stepOf(steps, objectionId(map)) + 1;
            String text = page(document, objection).replaceAll("\\s+", " ");
            assertTrue(text.contains("How is this different from US spying on the EU?"), text);
            assertTrue(text.contains("Notes " + NOTE), text);
        }
    }

    @Test
    void theSlidesHaveAPicturePerStepAndTheWordsInTheNotes() throws Exception {
        ArgumentMap map = demoWithNoteOnTheObjection();
        List<PresentationStep> steps = PresentationSteps.of(map);
        byte[] pptx = StepSlides.write(new MapRenderer(map, MapPalette.LIGHT), steps, "APT31");
        try (XMLSlideShow deck = new XMLSlideShow(new ByteArrayInputStream(pptx))) {
            assertEquals(1 + steps.size(), deck.getSlides().size());
            assertEquals(960, deck.getPageSize().width);
            for (XSLFSlide slide : deck.getSlides()) {
                assertTrue(slide.getShapes().stream().anyMatch(s -> s instanceof XSLFPictureShape),
                        "slide " + slide.getSlideNumber() + " shows the map");
            }
            XSLFSlide objection = deck.getSlides().get(stepOf(steps, objectionId(map)));
            String notes = notesOf(deck, objection);
            assertTrue(notes.contains("OBJECTION — Allies spy too"), notes);
            assertTrue(notes.endsWith(NOTE), notes);
            assertFalse(notes.matches("(?s).*\\d+\\.\\d+\\.\\d{4}.*"), "no template date in the notes: " + notes);
        }
    }

    @Test
    void aPresentationTooLongToHandOutIsRefusedWithAReason() {
        ArgumentMap large = DebateMaps.debate(400, 3);
        List<PresentationStep> steps = PresentationSteps.of(large);
        assertTrue(steps.size() > StepLimit.MAX_STEPS);
        IOException refused = assertThrows(IOException.class, () -> StepLimit.check(steps));
        assertTrue(refused.getMessage().contains("View › Presentation Steps"), refused.getMessage());
    }

    private static ArgumentMap demoWithNoteOnTheObjection() throws Exception {
        ArgumentMap map = new ArgumapJsonFormat().read(DEMO).map();
        List<Presentation.Step> saved = new ArrayList<>();
        String objection = objectionId(map);
        for (PresentationStep step : PresentationSteps.argumentOrder(map)) {
            saved.add(new Presentation.Step(step.shows(), step.shows().contains(objection) ? NOTE : ""));
        }
        map.setPresentation(new Presentation(saved));
        return map;
    }

    private static String objectionId(ArgumentMap map) {
        return map.statements().stream().filter(s -> s.content().title().equals("Allies spy too")).findFirst()
                .orElseThrow().id();
    }

    private static int stepOf(List<PresentationStep> steps, String id) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).shows().contains(id)) {
                return i + 1;
            }
        }
        throw new AssertionError(id + " is in no step");
    }

    private static String page(PDDocument document, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document);
    }

    private static String notesOf(XMLSlideShow deck, XSLFSlide slide) {
        XSLFNotes notes = deck.getNotesSlide(slide);
        StringBuilder text = new StringBuilder();
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape field) {
                text.append(field.getText());
            }
        }
        return text.toString().strip();
    }
}
