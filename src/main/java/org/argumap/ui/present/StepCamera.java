package org.argumap.ui.present;

import org.argumap.layout.Rect;
import org.argumap.render.BoxStyle;

/**
 * Where the camera goes for a step: close enough that the focused boxes' text reads from the back
 * of a classroom, and never so close that they do not fit. Plain arithmetic on map rectangles and
 * the screen's size, so it is tested without a screen.
 *
 * <p>Readable means body text of at least 28 pixels on a screen 1080 pixels high (a projected
 * line about as tall as a slide's body text), and in the same proportion on other screens: the
 * canvas draws body text at {@link BoxStyle#BODY_FONT}'s size in map units (14), so the zoom is 2 on
 * a 1080p screen.
 * Where the boxes a step reveals bear on a box that also fits at that zoom, the camera takes it in
 * too, so the class sees what the new boxes answer.
 */
final class StepCamera {
    /** Body text on a 1080-pixel-high screen, in pixels. */
    static final double READABLE_BODY_PX = 28;
    static final double REFERENCE_HEIGHT = 1080;
    /** Room kept round what is framed, in screen pixels. */
    static final double MARGIN = 48;

    private StepCamera() {
    }

    /** The zoom at which body text is readable on a screen of this height. */
    static double readableZoom(double screenHeight) {
        return READABLE_BODY_PX / BoxStyle.BODY_FONT.size() * screenHeight / REFERENCE_HEIGHT;
    }

    /** The whole map, fitted; a small map no closer than readable. */
    static Shot overview(Rect map, double width, double height) {
        return frame(map, width, height, readableZoom(height));
    }

    /**
     * The focused boxes at the readable zoom, or closer to fitting if they are too big for it; with
     * {@code context} (the focused boxes and what they bear on) centred instead if all of it fits.
     */
    static Shot step(Rect focus, Rect context, double width, double height) {
        double readable = readableZoom(height);
        if (context != null && fitting(context, width, height) >= readable) {
            return frame(context, width, height, readable);
        }
        return frame(focus, width, height, readable);
    }

    /** The zoom at which this rectangle just fits, margins included. */
    static double fitting(Rect area, double width, double height) {
        double usableWidth = Math.max(1, width - 2 * MARGIN);
        double usableHeight = Math.max(1, height - 2 * MARGIN);
        return Math.min(usableWidth / Math.max(1, area.width()), usableHeight / Math.max(1, area.height()));
    }

    private static Shot frame(Rect area, double width, double height, double maxZoom) {
        return new Shot(area.centreX(), area.centreY(), Math.min(maxZoom, fitting(area, width, height)));
    }
}
