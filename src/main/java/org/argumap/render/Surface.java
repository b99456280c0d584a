package org.argumap.render;

/**
 * What the map's painting code draws on: a small part of a 2D graphics API, with state as in
 * JavaFX's canvas (a current fill, stroke, line width, path and transform). The screen draws
 * through a JavaFX backend and every export through a Java 2D one, so an exported map is drawn by
 * the very code that draws the canvas.
 *
 * <p>Text is placed by its baseline; where the top of a line goes is worked out from
 * {@link TextMeasure#ascent}, so the backends need not agree on what "top" means.
 */
public interface Surface {
    /** Map units to the surface: {@code x' = x * scale + translateX}, likewise for y. */
    void setTransform(double scale, double translateX, double translateY);

    /** Back to the surface's own units. */
    default void resetTransform() {
        setTransform(1, 0, 0);
    }

    void setGlobalAlpha(double alpha);

    void setFill(Colour colour);

    void setStroke(Colour colour);

    void setLineWidth(double width);

    /** Round caps and joins when true (links), square when false (outlines). */
    void setRoundCaps(boolean round);

    /** Dash and gap lengths in turn; none for a solid line. */
    void setLineDashes(double... dashes);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void fillRoundRect(double x, double y, double width, double height, double arc);

    void strokeRoundRect(double x, double y, double width, double height, double arc);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys);

    void strokePolygon(double[] xs, double[] ys);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadraticCurveTo(double cx, double cy, double x, double y);

    void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    void closePath();

    /** Fills the current path. */
    void fill();

    /** Strokes the current path. */
    void stroke();

    /** From now until {@link #endClip}, draws only inside this rectangle (in the current coordinates). */
    void beginClip(double x, double y, double width, double height);

    void endClip();

    /** One line of text in the fill colour, its baseline at y. */
    void fillText(String text, FontSpec font, double x, double baselineY);

    /**
     * Marks the start of one element of the map (a box, a link), so vector exports can group its
     * shapes and name them; the screen ignores it.
     */
    default void beginElement(String kind, String id) {
    }

    default void endElement() {
    }
}
