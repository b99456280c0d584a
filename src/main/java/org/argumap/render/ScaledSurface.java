package org.argumap.render;

/**
 * A surface seen through a scale and a shift: what is drawn on it lands on the surface inside,
 * scaled by {@code scale} and moved to {@code originX, originY}. A printed page uses one to put the
 * map, drawn as the canvas draws it, into the part of the paper it was given.
 */
public final class ScaledSurface implements Surface {
    private final Surface inner;
    private final double scale;
    private final double originX;
    private final double originY;

    public ScaledSurface(Surface inner, double scale, double originX, double originY) {
        this.inner = inner;
        this.scale = scale;
        this.originX = originX;
        this.originY = originY;
        resetTransform();
    }

    @Override
    public void setTransform(double s, double translateX, double translateY) {
        inner.setTransform(s * scale, originX + translateX * scale, originY + translateY * scale);
    }

    @Override
    public void resetTransform() {
        inner.setTransform(scale, originX, originY);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        inner.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Colour colour) {
        inner.setFill(colour);
    }

    @Override
    public void setStroke(Colour colour) {
        inner.setStroke(colour);
    }

    @Override
    public void setLineWidth(double width) {
        inner.setLineWidth(width);
    }

    @Override
    public void setRoundCaps(boolean round) {
        inner.setRoundCaps(round);
    }

    @Override
    public void setLineDashes(double... dashes) {
        inner.setLineDashes(dashes);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        inner.fillRect(x, y, width, height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        inner.strokeRect(x, y, width, height);
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc) {
        inner.fillRoundRect(x, y, width, height, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc) {
        inner.strokeRoundRect(x, y, width, height, arc);
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        inner.fillOval(x, y, width, height);
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
        inner.strokeOval(x, y, width, height);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        inner.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        inner.fillPolygon(xs, ys);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        inner.strokePolygon(xs, ys);
    }

    @Override
    public void beginPath() {
        inner.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        inner.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        inner.lineTo(x, y);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        inner.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        inner.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        inner.closePath();
    }

    @Override
    public void fill() {
        inner.fill();
    }

    @Override
    public void stroke() {
        inner.stroke();
    }

    @Override
    public void beginClip(double x, double y, double width, double height) {
        inner.beginClip(x, y, width, height);
    }

    @Override
    public void endClip() {
        inner.endClip();
    }

    @Override
    public void fillText(String text, FontSpec font, double x, double baselineY) {
        inner.fillText(text, font, x, baselineY);
    }

    @Override
    public void beginElement(String kind, String id) {
        inner.beginElement(kind, id);
    }

    @Override
    public void endElement() {
        inner.endElement();
    }
}
