package org.argumap.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * The Java 2D backend: draws on any {@link Graphics2D}, a bitmap for PNG, JFreeSVG's for SVG or
 * PDFBox's for PDF. Text is drawn as text, so it stays selectable and searchable in SVG and PDF;
 * icons are drawn as their outlines, since a viewer would not have the icon font.
 */
public final class Graphics2DSurface implements Surface {
    private final Graphics2D g;
    private final boolean fontsByStyle;
    private final AffineTransform base;
    /** A translation kept here rather than in the Graphics2D, see {@link #setTransform}. */
    private double shiftX;
    private double shiftY;
    private Shape clipBefore;
    private final Map<Colour, Color> colours = new HashMap<>();
    private Colour fill = Colour.BLACK;
    private Colour stroke = Colour.BLACK;
    private double lineWidth = 1;
    private boolean roundCaps;
    private float[] dashes;
    private Path2D.Double path = new Path2D.Double();

    public Graphics2DSurface(Graphics2D g) {
        this(g, false);
    }

    /**
     * @param fontsByStyle name fonts by family and style (DejaVu Sans, bold) rather than by face, for
     *                     SVG, whose viewers choose the font from those words
     */
    public Graphics2DSurface(Graphics2D g, boolean fontsByStyle) {
        this.g = g;
        this.fontsByStyle = fontsByStyle;
        this.base = g.getTransform();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        applyStroke();
    }

    /**
     * A plain translation is applied to the coordinates here, not set on the Graphics2D: an SVG
     * writer would otherwise repeat it as a {@code transform} on every one of a map's many shapes.
     */
    @Override
    public void setTransform(double scale, double translateX, double translateY) {
        if (scale == 1) {
            g.setTransform(base);
            shiftX = translateX;
            shiftY = translateY;
            return;
        }
        shiftX = 0;
        shiftY = 0;
        AffineTransform transform = new AffineTransform(base);
        transform.translate(translateX, translateY);
        transform.scale(scale, scale);
        g.setTransform(transform);
    }

    @Override
    public void setGlobalAlpha(double value) {
        g.setComposite(value >= 1 ? AlphaComposite.SrcOver : AlphaComposite.getInstance(AlphaComposite.SRC_OVER,
                (float) Math.max(0, value)));
    }

    @Override
    public void setFill(Colour colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Colour colour) {
        stroke = colour;
    }

    @Override
    public void setLineWidth(double width) {
        lineWidth = width;
        applyStroke();
    }

    @Override
    public void setRoundCaps(boolean round) {
        roundCaps = round;
        applyStroke();
    }

    @Override
    public void setLineDashes(double... values) {
        if (values == null || values.length == 0) {
            dashes = null;
        } else {
            dashes = new float[values.length];
            for (int i = 0; i < values.length; i++) {
                dashes[i] = (float) values[i];
            }
        }
        applyStroke();
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        fill(new Rectangle2D.Double(x + shiftX, y + shiftY, width, height));
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        stroke(new Rectangle2D.Double(x + shiftX, y + shiftY, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        fill(new RoundRectangle2D.Double(x + shiftX, y + shiftY, width, height, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        stroke(new RoundRectangle2D.Double(x + shiftX, y + shiftY, width, height, arc, arc));
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        fill(new Ellipse2D.Double(x + shiftX, y + shiftY, width, height));
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        stroke(new Ellipse2D.Double(x + shiftX, y + shiftY, width, height));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        stroke(new Line2D.Double(x1 + shiftX, y1 + shiftY, x2 + shiftX, y2 + shiftY));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        fill(polygon(xs, ys));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        stroke(polygon(xs, ys));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x + shiftX, y + shiftY);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x + shiftX, y + shiftY);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        path.quadTo(cx + shiftX, cy + shiftY, x + shiftX, y + shiftY);
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        path.curveTo(c1x + shiftX, c1y + shiftY, c2x + shiftX, c2y + shiftY, x + shiftX, y + shiftY);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fill() {
        fill(path);
    }

    @Override
    public void stroke() {
        stroke(path);
    }

    @Override
    public void beginClip(double x, double y, double width, double height) {
        clipBefore = g.getClip();
        g.clip(new Rectangle2D.Double(x + shiftX, y + shiftY, width, height));
    }

    @Override
    public void endClip() {
        g.setClip(clipBefore);
        clipBefore = null;
    }

    @Override
    public void fillText(String text, FontSpec font, double x, double baselineY) {
        if (text.isEmpty()) {
            return;
        }
        g.setColor(colour(fill));
        if (font.face() == FontSpec.Face.ICONS) {
            GlyphVector glyphs = AwtFonts.of(font).createGlyphVector(g.getFontRenderContext(), text);
            g.fill(glyphs.getOutline((float) (x + shiftX), (float) (baselineY + shiftY)));
            return;
        }
        g.setFont(fontsByStyle ? AwtFonts.styled(font) : AwtFonts.of(font));
        g.drawString(text, (float) (x + shiftX), (float) (baselineY + shiftY));
    }

    /**
     * @throws CancellationException when the thread was interrupted: an export the user cancelled
     *                               stops at the next box rather than running on unseen
     */
    @Override
    public void beginElement(String kind, String id) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("cancelled");
        }
        ElementHints.begin(g, kind, id);
    }

    @Override
    public void endElement() {
        ElementHints.end(g);
    }

    private void fill(Shape shape) {
        g.setColor(colour(fill));
        g.fill(shape);
    }

    private void stroke(Shape shape) {
        g.setColor(colour(stroke));
        g.draw(shape);
    }

    private void applyStroke() {
        int cap = roundCaps ? BasicStroke.CAP_ROUND : BasicStroke.CAP_SQUARE;
        int join = roundCaps ? BasicStroke.JOIN_ROUND : BasicStroke.JOIN_MITER;
        g.setStroke(new BasicStroke((float) lineWidth, cap, join, 10f, dashes, 0f));
    }

    private Color colour(Colour c) {
        return colours.computeIfAbsent(c, k -> new Color((float) k.red(), (float) k.green(), (float) k.blue(),
                (float) k.opacity()));
    }

    private Path2D polygon(double[] xs, double[] ys) {
        Path2D.Double polygon = new Path2D.Double();
        polygon.moveTo(xs[0] + shiftX, ys[0] + shiftY);
        for (int i = 1; i < xs.length; i++) {
            polygon.lineTo(xs[i] + shiftX, ys[i] + shiftY);
        }
        polygon.closePath();
        return polygon;
    }
}
