package org.argumap.render;

import org.argumap.layout.Rect;

/**
 * The collapse toggle of a statement that has something below it. Collapsed, a pill straddling
 * the box's bottom edge says how many statements it hides ("▸ 12") and is always shown, so hidden
 * work is never invisible; expanded, a small round "▾" shows only on the box under the pointer or
 * selected, so a projected map is not strewn with controls. Both sit near the bottom right corner,
 * clear of arrows, which land on the bottom edge away from the corners.
 */
public final class BranchBadge {
    /** The toggle's height on screen; it grows in map units as the view zooms out, up to three times. */
    private static final double HEIGHT_PX = 18;
    private static final double MIN_HEIGHT = 18;
    private static final double MAX_HEIGHT = 54;
    private static final double CORNER_INSET = 12;
    /** Below this height on screen the count would be specks: draw the pill alone. */
    private static final double MIN_TEXT_PX = 11;

    private BranchBadge() {
    }

    /** Where the toggle of a box is, in map units: the collapsed pill if it hides something, else the round toggle. */
    public static Rect rectOf(Rect box, int hidden, double zoom) {
        double height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, HEIGHT_PX / zoom));
        double width = hidden > 0 ? height * (1.25 + 0.58 * digits(hidden)) : height;
        return new Rect(box.maxX() - CORNER_INSET - width, box.maxY() - height / 2, width, height);
    }

    /** The pill of a collapsed statement, with the number of statements it hides. */
    static void paintCollapsed(Surface gc, TextMeasure measure, MapPalette palette, Rect box, int hidden,
                               MapPalette.Style style, double zoom, boolean hovered) {
        Rect pill = rectOf(box, hidden, zoom);
        double h = pill.height();
        gc.setFill(hovered ? style.fill() : palette.markFill());
        gc.fillRoundRect(pill.x(), pill.y(), pill.width(), h, h);
        gc.setStroke(style.stroke());
        gc.setLineWidth(Math.max(1.5, 1.5 / zoom));
        gc.strokeRoundRect(pill.x(), pill.y(), pill.width(), h, h);
        double arm = h * 0.2;
        double cx = pill.x() + h * 0.5;
        double cy = pill.centreY();
        gc.setFill(style.ink());
        gc.fillPolygon(new double[] {cx - arm * 0.6, cx - arm * 0.6, cx + arm * 0.9},
                new double[] {cy - arm, cy + arm, cy});
        if (h * zoom >= MIN_TEXT_PX) {
            FontSpec font = FontSpec.bold(Math.max(1, Math.round(h * 0.62)));
            gc.fillText(Integer.toString(hidden), font, pill.x() + h * 0.85,
                    cy + (measure.ascent(font) - measure.descent(font)) / 2);
        }
    }

    /** The round toggle of an expanded statement: a chevron pointing down, to fold the branch up. */
    static void paintToggle(Surface gc, MapPalette palette, Rect box, MapPalette.Style style, double zoom,
                            boolean hovered) {
        Rect disc = rectOf(box, 0, zoom);
        gc.setFill(hovered ? style.fill() : palette.markFill());
        gc.fillOval(disc.x(), disc.y(), disc.width(), disc.height());
        gc.setStroke(style.stroke());
        gc.setLineWidth(Math.max(1.5, 1.5 / zoom));
        gc.strokeOval(disc.x(), disc.y(), disc.width(), disc.height());
        double arm = disc.height() * 0.2;
        double cx = disc.centreX();
        double cy = disc.centreY() + arm * 0.2;
        gc.setFill(style.ink());
        gc.fillPolygon(new double[] {cx - arm, cx + arm, cx},
                new double[] {cy - arm * 0.6, cy - arm * 0.6, cy + arm * 0.9});
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }
}
