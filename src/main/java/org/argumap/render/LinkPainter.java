package org.argumap.render;

import java.util.ArrayList;
import java.util.List;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Draws one inference: from its premises to its junction, and from there an arrow to its target.
 * One premise makes a plain coloured arrow; linked co-premises are joined under one bracket, so
 * the reader sees they count only together; an undercut's arrow ends on the junction mark of the
 * step it attacks. The junction carries the inference's sign (+ support, − attack, = rephrase,
 * ? reply), so its meaning does not depend on colour; replies are dashed, and in the print palette
 * attacks too.
 */
public final class LinkPainter {
    private static final double LINE_WIDTH = 2.2;
    private static final double ARROW_LENGTH = 12;
    private static final double ARROW_HALF_WIDTH = 6;
    /** How far above (or below) the co-premises their bracket's bar runs. */
    public static final double BRACKET_GAP = 12;
    private static final double MARK_FONT_SIZE = 13;

    private final TextMeasure measure;

    LinkPainter(TextMeasure measure) {
        this.measure = measure;
    }

    /**
     * @param zoom far out, lines, heads and marks grow in map units (up to 2.5 times) so that they
     *             stay visible on screen; farther still, links are plain lines (see {@link #paintPlain})
     */
    void paint(Surface gc, MapPalette palette, Placement geometry, Inference inference, MapPalette.Style style,
               double zoom) {
        Rect junction = geometry.rectOf(inference.id());
        if (junction == null) {
            return;
        }
        if (zoom < BoxPainter.BLOCK_ONLY_ZOOM) {
            paintPlain(gc, geometry, inference, style, junction, zoom);
            return;
        }
        double scale = Math.max(1, Math.min(2.5, 0.8 / zoom)) * palette.lineScale();
        double jx = junction.centreX();
        double jy = junction.centreY();
        List<Rect> premises = premiseRects(geometry, inference);
        gc.setStroke(style.stroke());
        gc.setFill(style.stroke());
        gc.setLineWidth(LINE_WIDTH * scale);
        gc.setRoundCaps(true);
        gc.setLineDashes(dashes(palette, inference.type(), scale));

        premisesToJunction(gc, geometry, inference, premises, jx, jy);
        arrowToTarget(gc, geometry, inference, jx, jy, scale);
        gc.setLineDashes();
        mark(gc, palette, jx, jy, junction.width() / 2 * scale, style.stroke(), inference.type(), scale);
        gc.setRoundCaps(false);
    }

    /** Replies are dashed; attacks too where the palette asks, with longer dashes, so the two differ. */
    private static double[] dashes(MapPalette palette, InferenceType type, double scale) {
        if (type == InferenceType.REPLY) {
            return new double[] {7 * scale, 6 * scale};
        }
        if (type == InferenceType.ATTACK && palette.dashedAttacks()) {
            return new double[] {12 * scale, 5 * scale};
        }
        return new double[0];
    }

    /**
     * Far out, where a map of thousands of boxes is a pattern of blocks: straight lines from the
     * premises through the junction to the target, one pixel on screen, no heads and no marks,
     * which would be specks. Cheap enough to draw ten thousand of per frame.
     */
    private void paintPlain(Surface gc, Placement geometry, Inference inference, MapPalette.Style style,
                            Rect junction, double zoom) {
        gc.setStroke(style.stroke());
        gc.setLineWidth(1 / zoom);
        gc.setLineDashes();
        double jx = junction.centreX();
        double jy = junction.centreY();
        for (Statement premise : inference.premises()) {
            Rect rect = geometry.rectOf(premise.id());
            if (rect != null) {
                gc.strokeLine(rect.centreX(), rect.centreY() > jy ? rect.y() : rect.maxY(), jx, jy);
            }
        }
        Point end = geometry.arrivalOf(inference.id());
        if (end == null && inference.target() instanceof Inference attacked) {
            Rect target = geometry.rectOf(attacked.id());
            end = target == null ? null : new Point(target.centreX(), target.centreY());
        }
        if (end != null) {
            gc.strokeLine(jx, jy, end.x(), end.y());
        }
    }

    private static List<Rect> premiseRects(Placement geometry, Inference inference) {
        List<Rect> premises = new ArrayList<>();
        for (Statement premise : inference.premises()) {
            Rect rect = geometry.rectOf(premise.id());
            if (rect != null) {
                premises.add(rect);
            }
        }
        return premises;
    }

    private void premisesToJunction(Surface gc, Placement geometry, Inference inference, List<Rect> premises,
                                    double jx, double jy) {
        Point arrival = geometry.arrivalOf(inference.id());
        if (isSideways(inference, arrival, geometry.rectOf(inference.target().id()))) {
            for (Rect premise : premises) {
                double startX = premise.centreX() < arrival.x() ? premise.maxX() : premise.x();
                double startY = Math.max(premise.y() + BoxStyle.CORNER, Math.min(premise.maxY() - BoxStyle.CORNER, jy));
                horizontalCurve(gc, startX, startY, jx, jy);
            }
        } else if (premises.size() == 1) {
            Rect premise = premises.get(0);
            boolean below = premise.centreY() > jy;
            verticalCurve(gc, premise.centreX(), below ? premise.y() : premise.maxY(), jx, jy);
        } else if (premises.size() > 1) {
            bracket(gc, premises, jx, jy);
        }
    }

    private void arrowToTarget(Surface gc, Placement geometry, Inference inference, double jx, double jy,
                               double scale) {
        if (inference.target() instanceof Inference attacked) {
            Rect junction = geometry.rectOf(attacked.id());
            if (junction != null) {
                arrowOntoJunction(gc, jx, jy, junction, scale);
            }
            return;
        }
        Point end = geometry.arrivalOf(inference.id());
        if (end == null) {
            return;
        }
        if (isSideways(inference, end, geometry.rectOf(inference.target().id()))) {
            double midX = (jx + end.x()) / 2;
            arrow(gc, jx, jy, midX, jy, midX, end.y(), end.x(), end.y(), scale);
        } else {
            double midY = (jy + end.y()) / 2;
            arrow(gc, jx, jy, jx, midY, end.x(), midY, end.x(), end.y(), scale);
        }
    }

    /** The layout lands an arrow on a box's side, not its top or bottom, when premise and target share a row. */
    private static boolean isSideways(Inference inference, Point arrival, Rect target) {
        return inference.target() instanceof Statement && arrival != null && target != null
                && arrival.y() > target.y() + 0.5 && arrival.y() < target.maxY() - 0.5;
    }

    /**
     * An undercut meets the attacked step from the side when it can, so it reads as an arrow onto
     * the arrow; from straight below or above when the two junctions are nearly aligned.
     */
    private void arrowOntoJunction(Surface gc, double jx, double jy, Rect attacked, double scale) {
        double radius = (attacked.width() / 2 + 2) * scale;
        double tx = attacked.centreX();
        double ty = attacked.centreY();
        if (Math.abs(tx - jx) > 3 * radius) {
            double endX = tx + (jx > tx ? radius : -radius);
            arrow(gc, jx, jy, jx, ty, jx, ty, endX, ty, scale);
        } else {
            double endY = ty + (jy > ty ? radius : -radius);
            double midY = (jy + endY) / 2;
            arrow(gc, jx, jy, jx, midY, tx, midY, tx, endY, scale);
        }
    }

    /** Ticks up from each co-premise to one bar, and a stem from the bar to the junction. */
    private void bracket(Surface gc, List<Rect> premises, double jx, double jy) {
        boolean below = premises.stream().mapToDouble(Rect::centreY).average().orElseThrow() > jy;
        double barY = below
                ? premises.stream().mapToDouble(Rect::y).min().orElseThrow() - BRACKET_GAP
                : premises.stream().mapToDouble(Rect::maxY).max().orElseThrow() + BRACKET_GAP;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Rect premise : premises) {
            gc.strokeLine(premise.centreX(), below ? premise.y() : premise.maxY(), premise.centreX(), barY);
            left = Math.min(left, premise.centreX());
            right = Math.max(right, premise.centreX());
        }
        gc.strokeLine(left, barY, right, barY);
        double stemX = Math.max(left, Math.min(right, jx));
        verticalCurve(gc, stemX, barY, jx, jy);
    }

    private void horizontalCurve(Surface gc, double x1, double y1, double x2, double y2) {
        double midX = (x1 + x2) / 2;
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(midX, y1, midX, y2, x2, y2);
        gc.stroke();
    }

    private void verticalCurve(Surface gc, double x1, double y1, double x2, double y2) {
        double midY = (y1 + y2) / 2;
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(x1, midY, x2, midY, x2, y2);
        gc.stroke();
    }

    /** A cubic curve ending in an arrowhead whose tip is exactly at the end point. */
    private void arrow(Surface gc, double x1, double y1, double c1x, double c1y,
                       double c2x, double c2y, double x2, double y2, double scale) {
        double dx = x2 - c2x;
        double dy = y2 - c2y;
        double length = Math.hypot(dx, dy);
        if (length < 1e-6) {
            dx = x2 - x1;
            dy = y2 - y1;
            length = Math.hypot(dx, dy);
        }
        if (length < 1e-6) {
            return;
        }
        dx /= length;
        dy /= length;
        // End the line inside the head, so its round cap does not poke out past the tip.
        double headLength = ARROW_LENGTH * scale;
        double halfWidth = ARROW_HALF_WIDTH * scale;
        double shaftX = x2 - dx * headLength * 0.7;
        double shaftY = y2 - dy * headLength * 0.7;
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.bezierCurveTo(c1x, c1y, c2x, c2y, shaftX, shaftY);
        gc.stroke();
        double baseX = x2 - dx * headLength;
        double baseY = y2 - dy * headLength;
        gc.fillPolygon(
                new double[] {x2, baseX - dy * halfWidth, baseX + dy * halfWidth},
                new double[] {y2, baseY + dx * halfWidth, baseY - dx * halfWidth});
    }

    /** The sign at the junction, drawn as strokes rather than glyphs so it looks the same in every font. */
    private void mark(Surface gc, MapPalette palette, double x, double y, double radius, Colour colour,
                      InferenceType type, double scale) {
        gc.setLineDashes();
        gc.setFill(palette.markFill());
        gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        gc.setStroke(colour);
        gc.setLineWidth(2 * scale);
        gc.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
        double arm = radius * 0.5;
        gc.setLineWidth(2.4 * scale);
        switch (type) {
            case SUPPORT -> {
                gc.strokeLine(x - arm, y, x + arm, y);
                gc.strokeLine(x, y - arm, x, y + arm);
            }
            case ATTACK -> gc.strokeLine(x - arm, y, x + arm, y);
            case REPHRASE -> {
                gc.strokeLine(x - arm, y - arm * 0.45, x + arm, y - arm * 0.45);
                gc.strokeLine(x - arm, y + arm * 0.45, x + arm, y + arm * 0.45);
            }
            case REPLY -> {
                FontSpec font = FontSpec.bold(MARK_FONT_SIZE * radius / 10);
                gc.setFill(colour);
                gc.fillText("?", font, x - measure.width("?", font) / 2,
                        y + (measure.ascent(font) - measure.descent(font)) / 2);
            }
        }
    }
}
