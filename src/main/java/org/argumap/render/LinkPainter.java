package org.argumap.render;

import org.argumap.layout.ArrowSpacing;
import org.argumap.layout.LinkRoute;
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
    /**
     * Far out heads grow with the lines, but no wider than the spacing of arrows into one box
     * less a gap, so that heads landing side by side never touch, in any palette.
     */
    private static final double MAX_HEAD_SCALE = (ArrowSpacing.MIN_GAP - 8) / (2 * ARROW_HALF_WIDTH);
    /** The most lines grow, all told: far out and in a thick palette; lanes are 12 units apart. */
    private static final double MAX_LINE_SCALE = 3;
    /** The most junction marks grow: as much as the layout keeps lanes and boxes away from them. */
    private static final double MAX_MARK_SCALE = ArrowSpacing.MARK_REACH;
    /** How round a routed line's corners are. */
    private static final double CORNER_RADIUS = 20;
    /** How far above (or below) the co-premises their bracket's bar runs. */
    public static final double BRACKET_GAP = LinkRoute.BRACKET_GAP;
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
        double grown = Math.max(1, Math.min(2.5, 0.8 / zoom)) * palette.lineScale();
        // A thick palette (the projector's) far out would multiply the growth: lines then run
        // together in their lanes and marks cover the boxes they stand over (decision 12).
        double scale = Math.min(grown, MAX_LINE_SCALE);
        double markScale = Math.min(grown, MAX_MARK_SCALE);
        LinkShape shape = LinkShape.of(geometry, inference);
        gc.setStroke(style.stroke());
        gc.setFill(style.stroke());
        gc.setLineWidth(LINE_WIDTH * scale);
        gc.setRoundCaps(true);
        gc.setLineDashes(dashes(palette, inference.type(), scale));
        for (double[] line : shape.lines()) {
            path(gc, line, line.length / 2 - 1, CORNER_RADIUS);
        }
        double[] arrow = shape.arrow();
        if (arrow != null) {
            if (shape.endsOnJunction()) {
                Rect attacked = geometry.rectOf(inference.target().id());
                arrow = stoppedShort(arrow, (attacked.width() / 2 + 2) * markScale);
            }
            arrow(gc, arrow, Math.min(scale, MAX_HEAD_SCALE));
        }
        gc.setLineDashes();
        mark(gc, palette, junction.centreX(), junction.centreY(), junction.width() / 2 * markScale, style.stroke(),
                inference.type(), markScale);
        gc.setRoundCaps(false);
    }

    /**
     * Replies are dashed and off-topic replies finely dotted; attacks too where the palette asks,
     * with longer dashes, so the three differ.
     */
    private static double[] dashes(MapPalette palette, InferenceType type, double scale) {
        if (type == InferenceType.REPLY) {
            return new double[] {7 * scale, 6 * scale};
        }
        if (type == InferenceType.OFF_TOPIC) {
            return new double[] {2 * scale, 5 * scale};
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

    /**
     * A path through these points with its corners rounded, as far as {@code radius} and the
     * pieces either side allow: the curve style of the links, on lines the layout routed straight.
     *
     * @param last the index of the last point to draw to
     */
    private static void path(Surface gc, double[] xy, int last, double radius) {
        gc.beginPath();
        gc.moveTo(xy[0], xy[1]);
        for (int k = 1; k < last; k++) {
            double x = xy[2 * k];
            double y = xy[2 * k + 1];
            double inLength = Math.hypot(x - xy[2 * k - 2], y - xy[2 * k - 1]);
            double outLength = Math.hypot(xy[2 * k + 2] - x, xy[2 * k + 3] - y);
            // A piece between two corners is shared by them; an end piece belongs to its one corner.
            double r = Math.min(radius, Math.min(k == 1 ? inLength : inLength / 2,
                    k == last - 1 ? outLength : outLength / 2));
            if (r < 1e-6) {
                gc.lineTo(x, y);
                continue;
            }
            gc.lineTo(x + (xy[2 * k - 2] - x) / inLength * r, y + (xy[2 * k - 1] - y) / inLength * r);
            gc.quadraticCurveTo(x, y, x + (xy[2 * k + 2] - x) / outLength * r, y + (xy[2 * k + 3] - y) / outLength * r);
        }
        gc.lineTo(xy[2 * last], xy[2 * last + 1]);
        gc.stroke();
    }

    /** The path with its last point moved back along its last piece by {@code distance}, where the piece is longer. */
    private static double[] stoppedShort(double[] xy, double distance) {
        int n = xy.length;
        double dx = xy[n - 2] - xy[n - 4];
        double dy = xy[n - 1] - xy[n - 3];
        double length = Math.hypot(dx, dy);
        if (length <= distance) {
            return xy;
        }
        double[] stopped = xy.clone();
        stopped[n - 2] -= dx / length * distance;
        stopped[n - 1] -= dy / length * distance;
        return stopped;
    }

    /** The path ending in an arrowhead whose tip is exactly at its last point. */
    private static void arrow(Surface gc, double[] xy, double headScale) {
        int n = xy.length;
        if (n < 4) {
            return;
        }
        double x2 = xy[n - 2];
        double y2 = xy[n - 1];
        double dx = x2 - xy[n - 4];
        double dy = y2 - xy[n - 3];
        double length = Math.hypot(dx, dy);
        if (length < 1e-6) {
            return;
        }
        dx /= length;
        dy /= length;
        double headLength = ARROW_LENGTH * headScale;
        double halfWidth = ARROW_HALF_WIDTH * headScale;
        // End the line inside the head, so its round cap does not poke out past the tip.
        double[] shaft = xy.clone();
        double back = Math.min(headLength * 0.7, length * 0.9);
        shaft[n - 2] = x2 - dx * back;
        shaft[n - 1] = y2 - dy * back;
        path(gc, shaft, n / 2 - 1, CORNER_RADIUS);
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
            // A slash through the ring, as in ∅: the reply bears on nothing.
            case OFF_TOPIC -> gc.strokeLine(x - arm, y + arm, x + arm, y - arm);
        }
    }
}
