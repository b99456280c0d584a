package org.argumap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A surface that keeps what is drawn on it, in map units where the painter draws in them: the
 * text of every line with its font and colour, every stroked line as a polyline (curves sampled),
 * every filled triangle (an arrowhead) and disc (a junction's mark), each with the element (a box,
 * a link) it belongs to; strokes with the opacity they were drawn at, and the elements in the order
 * they were begun.
 */
final class RecordingSurface implements Surface {
    /** Points taken along each curve. */
    private static final int CURVE_STEPS = 16;

    record Text(String kind, String id, String text, FontSpec font, Colour fill) {
    }

    record Polyline(String kind, String id, double[] xy, double alpha) {
    }

    /** A box or a link, as begun: {@code kind-id}, as an SVG groups it. */
    record Element(String kind, String id) {
    }

    record Triangle(String kind, String id, double[] xs, double[] ys) {
    }

    /** A filled disc: a junction's mark. */
    record Disc(String kind, String id, double centreX, double centreY, double radius) {
    }

    final List<Text> texts = new ArrayList<>();
    final List<Polyline> strokes = new ArrayList<>();
    final List<Triangle> triangles = new ArrayList<>();
    final List<Disc> discs = new ArrayList<>();
    final List<Element> elements = new ArrayList<>();

    private String kind = "";
    private String id = "";
    private Colour fill;
    private double alpha = 1;
    private final List<double[]> subpaths = new ArrayList<>();
    private double[] current = new double[0];
    private double lastX;
    private double lastY;

    @Override
    public void beginElement(String kind, String id) {
        this.kind = kind;
        this.id = id;
        elements.add(new Element(kind, id));
    }

    @Override
    public void endElement() {
        kind = "";
        id = "";
    }

    @Override
    public void setFill(Colour colour) {
        fill = colour;
    }

    @Override
    public void fillText(String text, FontSpec font, double x, double baselineY) {
        texts.add(new Text(kind, id, text, font, fill));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        strokes.add(new Polyline(kind, id, new double[] {x1, y1, x2, y2}, alpha));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        if (xs.length == 3) {
            triangles.add(new Triangle(kind, id, xs.clone(), ys.clone()));
        }
    }

    @Override
    public void beginClip(double x, double y, double width, double height) {
    }

    @Override
    public void endClip() {
    }

    @Override
    public void beginPath() {
        subpaths.clear();
        current = new double[0];
    }

    @Override
    public void moveTo(double x, double y) {
        flush();
        current = new double[] {x, y};
        lastX = x;
        lastY = y;
    }

    @Override
    public void lineTo(double x, double y) {
        append(x, y);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        double x0 = lastX;
        double y0 = lastY;
        for (int step = 1; step <= CURVE_STEPS; step++) {
            double t = (double) step / CURVE_STEPS;
            double u = 1 - t;
            append(u * u * x0 + 2 * u * t * cx + t * t * x, u * u * y0 + 2 * u * t * cy + t * t * y);
        }
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        double x0 = lastX;
        double y0 = lastY;
        for (int step = 1; step <= CURVE_STEPS; step++) {
            double t = (double) step / CURVE_STEPS;
            double u = 1 - t;
            append(u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x,
                    u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y);
        }
    }

    @Override
    public void stroke() {
        flush();
        for (double[] xy : subpaths) {
            if (xy.length >= 4) {
                strokes.add(new Polyline(kind, id, xy, alpha));
            }
        }
    }

    private void append(double x, double y) {
        double[] longer = java.util.Arrays.copyOf(current, current.length + 2);
        longer[current.length] = x;
        longer[current.length + 1] = y;
        current = longer;
        lastX = x;
        lastY = y;
    }

    private void flush() {
        if (current.length > 0) {
            subpaths.add(current);
            current = new double[0];
        }
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fill() {
    }

    @Override
    public void setTransform(double scale, double translateX, double translateY) {
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public void setStroke(Colour colour) {
    }

    @Override
    public void setLineWidth(double width) {
    }

    @Override
    public void setRoundCaps(boolean round) {
    }

    @Override
    public void setLineDashes(double... dashes) {
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        discs.add(new Disc(kind, id, x + width / 2, y + height / 2, Math.max(width, height) / 2));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
    }
}
