package org.argumap.render;

import java.util.BitSet;

/**
 * Which view pixels tiny boxes have already covered in this frame. Fitted, a map of ten thousand
 * statements puts dozens of boxes on each pixel; drawing each would cost the software renderer
 * per shape, not per pixel, for a picture no different from drawing the first. So a box of at
 * most a few pixels whose pixels are all covered already is skipped.
 */
public final class PixelCoverage {
    /** Boxes larger than this many pixels on screen are always drawn. */
    private static final int MAX_TINY_PIXELS = 4;

    private final int width;
    private final int height;
    private final BitSet covered;

    public PixelCoverage(double viewWidth, double viewHeight) {
        width = Math.max(1, (int) Math.ceil(viewWidth));
        height = Math.max(1, (int) Math.ceil(viewHeight));
        covered = new BitSet(width * height);
    }

    /** Whether a box over this view rectangle would add anything; marks its pixels as covered. */
    public boolean adds(double x, double y, double w, double h) {
        int x0 = clampX((int) Math.floor(x));
        int y0 = clampY((int) Math.floor(y));
        int x1 = clampX((int) Math.ceil(x + w) - 1);
        int y1 = clampY((int) Math.ceil(y + h) - 1);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TINY_PIXELS) {
            return true;
        }
        boolean adds = false;
        for (int py = y0; py <= y1; py++) {
            for (int px = x0; px <= x1; px++) {
                int bit = py * width + px;
                if (!covered.get(bit)) {
                    covered.set(bit);
                    adds = true;
                }
            }
        }
        return adds;
    }

    private int clampX(int value) {
        return Math.max(0, Math.min(width - 1, value));
    }

    private int clampY(int value) {
        return Math.max(0, Math.min(height - 1, value));
    }
}
