package org.argumap.render;

import org.argumap.layout.Rect;

/**
 * Which part of the map the canvas shows: view = map × zoom + offset. Kept apart from the canvas
 * so that panning and zooming are plain arithmetic, testable without a window.
 */
public final class Viewport {
    /**
     * Far enough out that any map fits a window: a debate of ten thousand statements laid out as a
     * tree is over a million units wide. Boxes are then blocks of a pixel; the minimap does better.
     */
    public static final double MIN_ZOOM = 0.0005;
    public static final double MAX_ZOOM = 4;
    /** Fitting never magnifies beyond this: a small map at 100 % reads better than one blown up. */
    public static final double MAX_FIT_ZOOM = 1;

    private double zoom = 1;
    private double offsetX;
    private double offsetY;

    public double zoom() {
        return zoom;
    }

    public double toViewX(double mapX) {
        return mapX * zoom + offsetX;
    }

    public double toViewY(double mapY) {
        return mapY * zoom + offsetY;
    }

    public double toMapX(double viewX) {
        return (viewX - offsetX) / zoom;
    }

    public double toMapY(double viewY) {
        return (viewY - offsetY) / zoom;
    }

    public double offsetX() {
        return offsetX;
    }

    public double offsetY() {
        return offsetY;
    }

    public void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms keeping the map point under (viewX, viewY) where it is, as the pointer expects. */
    public void zoomAt(double factor, double viewX, double viewY) {
        double newZoom = clamp(zoom * factor);
        double mapX = toMapX(viewX);
        double mapY = toMapY(viewY);
        zoom = newZoom;
        offsetX = viewX - mapX * zoom;
        offsetY = viewY - mapY * zoom;
    }

    /** Puts this map point at the centre of a view of this size, keeping the zoom. */
    public void centreOn(double mapX, double mapY, double viewWidth, double viewHeight) {
        offsetX = viewWidth / 2 - mapX * zoom;
        offsetY = viewHeight / 2 - mapY * zoom;
    }

    /** Shows all of {@code bounds} centred in a view of this size, with a margin around it. */
    public void fit(Rect bounds, double viewWidth, double viewHeight, double margin) {
        fit(bounds, viewWidth, viewHeight, margin, MAX_FIT_ZOOM);
    }

    /** As {@link #fit(Rect, double, double, double)}, magnifying at most to {@code maxZoom}. */
    public void fit(Rect bounds, double viewWidth, double viewHeight, double margin, double maxZoom) {
        if (bounds == null) {
            zoom = 1;
            offsetX = viewWidth / 2;
            offsetY = viewHeight / 2;
            return;
        }
        double usableWidth = Math.max(1, viewWidth - 2 * margin);
        double usableHeight = Math.max(1, viewHeight - 2 * margin);
        double fitting = Math.min(usableWidth / Math.max(1, bounds.width()),
                usableHeight / Math.max(1, bounds.height()));
        zoom = clamp(Math.min(maxZoom, fitting));
        centreOn(bounds.centreX(), bounds.centreY(), viewWidth, viewHeight);
    }

    /** The part of the map inside a view of this size. */
    public Rect visibleArea(double viewWidth, double viewHeight) {
        return new Rect(toMapX(0), toMapY(0), viewWidth / zoom, viewHeight / zoom);
    }

    /** The view rectangle of a map rectangle. */
    public Rect toView(Rect map) {
        return new Rect(toViewX(map.x()), toViewY(map.y()), map.width() * zoom, map.height() * zoom);
    }

    /** The map rectangle of a view rectangle. */
    public Rect toMap(Rect view) {
        return new Rect(toMapX(view.x()), toMapY(view.y()), view.width() / zoom, view.height() / zoom);
    }

    private static double clamp(double value) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value));
    }
}
