package org.argumap.render;

import org.argumap.analysis.evaluation.Label;
import org.argumap.layout.Rect;
import org.argumap.model.Verdict;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The evaluation overlay's marks: a round badge straddling a box's top right corner with ✓ (it
 * stands), ✗ (it falls) or ? (undecided), a thin ring in the same colour round the box, and, left
 * of the badge, a small person with a tick or a bar where the user accepted or rejected the
 * statement, so that the reader sees why a box stands. The signs are strokes and a bold "?", not
 * colour, so a black-and-white print keeps them apart; a fallen step gets the badge on its
 * junction. Fallen boxes are drawn faded by the map painter.
 */
public final class StandingMarks {
    /** How strongly a box or link that falls is drawn: it recedes, yet stays legible. */
    public static final double FALLEN_ALPHA = 0.6;
    /** The badge's radius at 100 %, in map units; far out it keeps about 6 px on screen, up to a limit. */
    private static final double RADIUS = 9;
    private static final double RADIUS_PX = 6;
    private static final double MAX_RADIUS = 30;
    private static final Ikon ACCEPTED = MaterialDesignA.ACCOUNT_CHECK;
    private static final Ikon REJECTED = MaterialDesignA.ACCOUNT_CANCEL;

    /** Hears which sign was drawn where: the canvas keeps it, so what the user sees can be asked for. */
    @FunctionalInterface
    public interface Witness {
        Witness NONE = (id, label, verdict) -> { };

        void drawn(String id, Label label, Verdict verdict);
    }

    private final TextMeasure measure;

    StandingMarks(TextMeasure measure) {
        this.measure = measure;
    }

    static double radius(double zoom) {
        return Math.min(MAX_RADIUS, Math.max(RADIUS, RADIUS_PX / zoom));
    }

    /** The ring round a box, drawn under it: a constant width on screen, as the selection ring is. */
    static void ring(Surface gc, MapPalette palette, Rect box, Label label, double zoom) {
        double width = 1.5 / zoom;
        Rect around = box.expanded(1 / zoom + width / 2);
        gc.setStroke(palette.standing(label).ring());
        gc.setLineWidth(width);
        gc.setLineDashes(label == Label.UNDECIDED ? new double[] {4 / zoom, 3 / zoom} : new double[0]);
        gc.strokeRoundRect(around.x(), around.y(), around.width(), around.height(),
                2 * BoxStyle.CORNER + 2 * (1 / zoom + width / 2));
        gc.setLineDashes();
    }

    /** The badge on a box's top right corner, and the user's verdict beside it. */
    void onBox(Surface gc, MapPalette palette, Rect box, Label label, Verdict verdict, double zoom) {
        double r = radius(zoom);
        badge(gc, palette, box.maxX() - r * 0.4, box.y() + r * 0.1, r, label);
        if (verdict != Verdict.OPEN) {
            verdict(gc, palette, box.maxX() - r * 2.7, box.y() + r * 0.1, r * 0.85, verdict);
        }
    }

    /** The badge over a step's junction: the step itself falls (an undercut stands) or is undecided. */
    void onJunction(Surface gc, MapPalette palette, Rect junction, Label label, double zoom) {
        double r = radius(zoom) * 0.8;
        badge(gc, palette, junction.maxX() + r * 0.3, junction.y() - r * 0.3, r, label);
    }

    void badge(Surface gc, MapPalette palette, double x, double y, double r, Label label) {
        MapPalette.StandingStyle style = palette.standing(label);
        gc.setLineDashes();
        gc.setFill(style.disc());
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(style.sign());
        gc.setLineWidth(r * 0.14);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setLineWidth(r * 0.26);
        gc.setRoundCaps(true);
        double a = r * 0.45;
        switch (label) {
            case IN -> {
                gc.beginPath();
                gc.moveTo(x - a, y + a * 0.05);
                gc.lineTo(x - a * 0.25, y + a * 0.75);
                gc.lineTo(x + a, y - a * 0.7);
                gc.stroke();
            }
            case OUT -> {
                gc.strokeLine(x - a * 0.8, y - a * 0.8, x + a * 0.8, y + a * 0.8);
                gc.strokeLine(x - a * 0.8, y + a * 0.8, x + a * 0.8, y - a * 0.8);
            }
            case UNDECIDED -> {
                FontSpec font = FontSpec.bold(Math.max(1, r * 1.35));
                gc.setFill(style.sign());
                gc.fillText("?", font, x - measure.width("?", font) / 2,
                        y + (measure.ascent(font) - measure.descent(font)) / 2);
            }
        }
        gc.setRoundCaps(false);
    }

    /** "Accepted by you" or "rejected by you": a person with a tick or a bar, on the ground's colour. */
    private void verdict(Surface gc, MapPalette palette, double x, double y, double r, Verdict verdict) {
        Colour ink = palette.text();
        gc.setFill(palette.markFill());
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(ink);
        gc.setLineWidth(r * 0.12);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        FontSpec font = FontSpec.icons(Math.max(1, Math.round(r * 1.5)));
        String glyph = Glyphs.of(verdict == Verdict.ACCEPTED ? ACCEPTED : REJECTED);
        gc.setFill(ink);
        gc.fillText(glyph, font, x - measure.width(glyph, font) / 2,
                y + (measure.ascent(font) - measure.descent(font)) / 2);
    }
}
