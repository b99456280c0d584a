package org.argumap.render.handout;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.argumap.layout.Rect;
import org.argumap.present.PresentationStep;
import org.argumap.render.DrawableText;
import org.argumap.render.MapRenderer;
import org.argumap.render.picture.MapPictures;

/**
 * A presentation's steps as a PowerPoint deck (16:9), for a teacher to drop into the lesson's
 * slides: the overview first, then one slide per step with the map as that step reveals it, and the
 * step's words and the presenter's notes in the slide's notes, where a presenter view shows them.
 */
public final class StepSlides {
    /** A 16:9 slide in points, PowerPoint's default widescreen size. */
    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    private static final double MARGIN = 24;
    private static final double TITLE_HEIGHT = 40;
    /** Pixels per point of the pictures: sharp on a projector and on a HiDPI laptop. */
    private static final double PIXELS_PER_POINT = 2;

    private StepSlides() {
    }

    public static byte[] write(MapRenderer renderer, List<PresentationStep> steps, String title) throws IOException {
        StepLimit.check(steps);
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension(WIDTH, HEIGHT));
            for (int k = 0; k <= steps.size(); k++) {
                StepView view = StepView.at(steps, k);
                XSLFSlide slide = deck.createSlide();
                heading(slide, k == 0 ? DrawableText.oneLine(title)
                        : "Step " + k + " of " + steps.size());
                Rect frame = view.frame(renderer);
                if (frame != null) {
                    picture(deck, slide, renderer, view, frame);
                }
                notes(deck, slide, k == 0 ? "The whole map: " + steps.size() + " steps follow."
                        : StepText.plain(renderer.map(), renderer.palette(), steps.get(k - 1)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            deck.write(out);
            return out.toByteArray();
        }
    }

    private static void heading(XSLFSlide slide, String text) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(MARGIN, MARGIN / 2, WIDTH - 2 * MARGIN, TITLE_HEIGHT));
        box.setText(text);
        box.getTextParagraphs().get(0).getTextRuns().get(0).setFontSize(20.0);
    }

    /** The framed map, as large as the slide allows below the heading, centred. */
    private static void picture(XMLSlideShow deck, XSLFSlide slide, MapRenderer renderer, StepView view, Rect frame)
            throws IOException {
        double boxWidth = WIDTH - 2 * MARGIN;
        double boxHeight = HEIGHT - 2 * MARGIN - TITLE_HEIGHT;
        double points = Math.min(2, Math.min(boxWidth / frame.width(), boxHeight / frame.height()));
        byte[] png = MapPictures.png(renderer, frame, points * PIXELS_PER_POINT, view, true);
        XSLFPictureData data = deck.addPicture(png, PictureData.PictureType.PNG);
        double width = frame.width() * points;
        double height = frame.height() * points;
        slide.createPicture(data).setAnchor(new Rectangle2D.Double((WIDTH - width) / 2,
                MARGIN + TITLE_HEIGHT + (boxHeight - height) / 2, width, height));
    }

    /** The words in the notes' body; the template's date, number and footer fields are dropped. */
    private static void notes(XMLSlideShow deck, XSLFSlide slide, String text) {
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFShape shape : List.copyOf(notes.getShapes())) {
            if (shape instanceof XSLFTextShape field) {
                Placeholder kind = field.getTextType();
                if (kind == Placeholder.BODY) {
                    field.setText(DrawableText.lines(text));
                } else if (kind == Placeholder.DATETIME || kind == Placeholder.SLIDE_NUMBER
                        || kind == Placeholder.FOOTER || kind == Placeholder.HEADER) {
                    notes.removeShape(shape);
                }
            }
        }
    }
}
