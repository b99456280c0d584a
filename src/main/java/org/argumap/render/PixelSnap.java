package org.argumap.render;

import org.argumap.layout.Rect;

/**
 * Puts edges on the screen's device pixels. Boxes are drawn in map units under the zoom, so
 * their edges would fall between pixels and a one-pixel outline would smear over two, grey and
 * soft; snapped, outlines and text origins are as crisp as the screen allows, at any zoom and at
 * any output scale (a HiDPI screen has two or more device pixels per unit).
 */
final class PixelSnap {
    private final double zoom;
    private final double offsetX;
    private final double offsetY;
    private final double scale;

    /** @param scale device pixels per view unit: the window's output scale, 1 on ordinary screens */
    PixelSnap(Viewport viewport, double scale) {
        this.zoom = viewport.zoom();
        this.offsetX = viewport.offsetX();
        this.offsetY = viewport.offsetY();
        this.scale = scale > 0 ? scale : 1;
    }

    /** The map x whose view position lies on the nearest device pixel boundary. */
    double x(double mapX) {
        return (Math.round((mapX * zoom + offsetX) * scale) / scale - offsetX) / zoom;
    }

    double y(double mapY) {
        return (Math.round((mapY * zoom + offsetY) * scale) / scale - offsetY) / zoom;
    }

    /** A whole number of device pixels, at least one, for a line about {@code viewWidth} view units wide. */
    double devicePixels(double viewWidth) {
        return Math.max(1, Math.round(viewWidth * scale));
    }

    /** That many device pixels in map units. */
    double mapUnits(double devicePixels) {
        return devicePixels / scale / zoom;
    }

    /**
     * The rectangle with its edges on pixel boundaries, moved in by half a line for outlines of an
     * odd number of device pixels, which are crisp only when centred on a pixel's middle.
     */
    Rect outline(Rect rect, double lineDevicePixels) {
        double x1 = x(rect.x());
        double y1 = y(rect.y());
        double x2 = x(rect.maxX());
        double y2 = y(rect.maxY());
        if (((long) lineDevicePixels) % 2 == 1) {
            double half = mapUnits(0.5);
            x1 += half;
            y1 += half;
            x2 -= half;
            y2 -= half;
        }
        return new Rect(x1, y1, Math.max(0, x2 - x1), Math.max(0, y2 - y1));
    }

    /** The rectangle with its edges on pixel boundaries, for fills. */
    Rect fill(Rect rect) {
        double x1 = x(rect.x());
        double y1 = y(rect.y());
        return new Rect(x1, y1, Math.max(0, x(rect.maxX()) - x1), Math.max(0, y(rect.maxY()) - y1));
    }
}
