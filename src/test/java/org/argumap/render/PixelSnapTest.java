package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.argumap.layout.Rect;
import org.junit.jupiter.api.Test;

class PixelSnapTest {

    @Test
    void edgesLandOnDevicePixels() {
        Viewport viewport = new Viewport();
        viewport.panBy(10.3, 7.7);
        viewport.zoomAt(0.37, 0, 0);
        for (double scale : new double[] {1, 1.5, 2}) {
            PixelSnap snap = new PixelSnap(viewport, scale);
            Rect fill = snap.fill(new Rect(101.3, 57.9, 220, 93.4));
            assertOnGrid(viewport.toViewX(fill.x()) * scale);
            assertOnGrid(viewport.toViewY(fill.maxY()) * scale);
            Rect outline = snap.outline(new Rect(101.3, 57.9, 220, 93.4), 1);
            // A one-pixel line is centred on the middle of a pixel.
            assertOnGrid(viewport.toViewX(outline.x()) * scale - 0.5);
        }
    }

    @Test
    void linesAreWholeDevicePixels() {
        PixelSnap snap = new PixelSnap(new Viewport(), 2);
        assertEquals(3, snap.devicePixels(1.6));
        assertEquals(1, snap.devicePixels(0.1));
        assertEquals(0.5, snap.mapUnits(1), 1e-12);
    }

    private static void assertOnGrid(double devicePixels) {
        assertEquals(Math.rint(devicePixels), devicePixels, 1e-6);
    }
}
