package org.argumap.layout;

/** An axis-aligned rectangle in map units; y grows downwards, as on screen. */
public record Rect(double x, double y, double width, double height) {

    public static Rect centredAt(double centreX, double centreY, Size size) {
        return new Rect(centreX - size.width() / 2, centreY - size.height() / 2, size.width(), size.height());
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    /** Whether the two share some area (touching edges do not count). */
    public boolean overlaps(Rect other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    /** Whether the two share area or an edge; for visibility, where a touching box must be drawn. */
    public boolean intersects(Rect other) {
        return x <= other.maxX() && other.x <= maxX() && y <= other.maxY() && other.y <= maxY();
    }

    public Rect union(Rect other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Rect(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    public Rect translated(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    /** Grown by {@code margin} on every side. */
    public Rect expanded(double margin) {
        return new Rect(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
    }
}
