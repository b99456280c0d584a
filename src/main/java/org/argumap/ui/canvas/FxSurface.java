package org.argumap.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.argumap.render.Colour;
import org.argumap.render.FontSpec;
import org.argumap.render.Surface;

/** The JavaFX backend of the map's drawing: a canvas's {@link GraphicsContext}. */
public final class FxSurface implements Surface {
    private final GraphicsContext gc;

    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
    }

    /** The context itself, for what only the screen draws (the editing aids). */
    public GraphicsContext context() {
        return gc;
    }

    @Override
    public void setTransform(double scale, double translateX, double translateY) {
        gc.setTransform(scale, 0, 0, scale, translateX, translateY);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Colour colour) {
        gc.setFill(FxColours.of(colour));
    }

    @Override
    public void setStroke(Colour colour) {
        gc.setStroke(FxColours.of(colour));
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setRoundCaps(boolean round) {
        gc.setLineCap(round ? StrokeLineCap.ROUND : StrokeLineCap.SQUARE);
        gc.setLineJoin(round ? StrokeLineJoin.ROUND : StrokeLineJoin.MITER);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        gc.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        gc.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        gc.fillRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        gc.strokeRoundRect(x, y, width, height, arc, arc);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        gc.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        gc.strokeOval(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        gc.strokePolygon(xs, ys, xs.length);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        gc.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        gc.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fill() {
        gc.fill();
    }

    @Override
    public void stroke() {
        gc.stroke();
    }

    @Override
    public void beginClip(double x, double y, double width, double height) {
        gc.save();
        gc.beginPath();
        gc.rect(x, y, width, height);
        gc.closePath();
        gc.clip();
        gc.beginPath();
    }

    @Override
    public void endClip() {
        gc.restore();
    }

    @Override
    public void fillText(String text, FontSpec font, double x, double baselineY) {
        Font fx = FxFonts.of(font);
        if (fx == null || text.isEmpty()) {
            return;
        }
        gc.setFont(fx);
        // The screen's editing aids may have changed these since the last frame.
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        gc.fillText(text, x, baselineY);
    }
}
