package org.argumap.ui.canvas;

import org.argumap.layout.Rect;

/**
 * Which part of the map the canvas shows: view = map × zoom + offset. Kept apart from the canvas
 * so that panning and zooming are plain arithmetic, testable without a window.
 */
final class Viewport {
    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 4;
    /** Fitting never magnifies beyond this: a small map at 100 % reads better than one blown up. */
    static final double MAX_FIT_ZOOM = 1;

    private double zoom = 1;
    private double offsetX;
    private double offsetY;

    double zoom() {
        return zoom;
    }

    double toViewX(double mapX) {
        return mapX * zoom + offsetX;
    }

    double toViewY(double mapY) {
        return mapY * zoom + offsetY;
    }

    double toMapX(double viewX) {
        return (viewX - offsetX) / zoom;
    }

    double toMapY(double viewY) {
        return (viewY - offsetY) / zoom;
    }

    double offsetX() {
        return offsetX;
    }

    double offsetY() {
        return offsetY;
    }

    void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms keeping the map point under (viewX, viewY) where it is, as the pointer expects. */
    void zoomAt(double factor, double viewX, double viewY) {
        double newZoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        double mapX = toMapX(viewX);
        double mapY = toMapY(viewY);
        zoom = newZoom;
        offsetX = viewX - mapX * zoom;
        offsetY = viewY - mapY * zoom;
    }

    /** Shows all of {@code bounds} centred in a view of this size, with a margin around it. */
    void fit(Rect bounds, double viewWidth, double viewHeight, double margin) {
        if (bounds == null) {
            zoom = 1;
            offsetX = viewWidth / 2;
            offsetY = viewHeight / 2;
            return;
        }
        double usableWidth = Math.max(1, viewWidth - 2 * margin);
        double usableHeight = Math.max(1, viewHeight - 2 * margin);
        double fitting = Math.min(usableWidth / Math.max(1, bounds.width()), usableHeight / Math.max(1, bounds.height()));
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, fitting));
        offsetX = viewWidth / 2 - bounds.centreX() * zoom;
        offsetY = viewHeight / 2 - bounds.centreY() * zoom;
    }

    /** The part of the map inside a view of this size. */
    Rect visibleArea(double viewWidth, double viewHeight) {
        return new Rect(toMapX(0), toMapY(0), viewWidth / zoom, viewHeight / zoom);
    }
}
