package org.argumap.ui.canvas;

import org.argumap.layout.Rect;
import org.argumap.render.BoxPainter;

/**
 * Where a box's connect handle is: a small disc on the middle of its top edge, where the arrows
 * of a statement leave it (reasons and objections sit below what they bear on and their arrows
 * run upward), so dragging from it reads as drawing that arrow. It shows on the box under the
 * pointer and on selected boxes only, like the collapse toggle, so a projected map stays clean.
 */
final class ConnectHandle {
    /** The disc's diameter on screen; it grows in map units as the view zooms out, within limits. */
    private static final double DIAMETER_PX = 14;
    private static final double MIN_DIAMETER = 12;
    private static final double MAX_DIAMETER = 42;
    /** How far around the disc a press still takes it, on screen: a disc this small is hard to hit. */
    static final double REACH_PX = 4;

    private ConnectHandle() {
    }

    /** The handle's disc for a box, in map units. */
    static Rect rectOf(Rect box, double zoom) {
        double diameter = Math.max(MIN_DIAMETER, Math.min(MAX_DIAMETER, DIAMETER_PX / zoom));
        return new Rect(box.centreX() - diameter / 2, box.y() - diameter / 2, diameter, diameter);
    }

    /** Whether this map point takes the handle of this box. */
    static boolean hits(Rect box, double zoom, double x, double y) {
        Rect disc = rectOf(box, zoom);
        return Math.hypot(x - disc.centreX(), y - disc.centreY()) <= disc.width() / 2 + REACH_PX / zoom;
    }

    /** Whether handles are drawn at this zoom: not where boxes are plain blocks. */
    static boolean shownAt(double zoom) {
        return zoom >= BoxPainter.BLOCK_ONLY_ZOOM;
    }
}
