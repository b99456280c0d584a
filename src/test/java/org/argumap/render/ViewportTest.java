package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.argumap.layout.Rect;
import org.junit.jupiter.api.Test;

class ViewportTest {
    private final Viewport viewport = new Viewport();

    @Test
    void zoomKeepsThePointUnderThePointerInPlace() {
        viewport.panBy(30, -20);
        double mapX = viewport.toMapX(400);
        double mapY = viewport.toMapY(250);
        viewport.zoomAt(1.7, 400, 250);
        assertEquals(1.7, viewport.zoom(), 1e-9);
        assertEquals(400, viewport.toViewX(mapX), 1e-9);
        assertEquals(250, viewport.toViewY(mapY), 1e-9);
    }

    @Test
    void zoomStaysWithinItsLimits() {
        viewport.zoomAt(1e6, 0, 0);
        assertEquals(Viewport.MAX_ZOOM, viewport.zoom());
        viewport.zoomAt(1e-9, 0, 0);
        assertEquals(Viewport.MIN_ZOOM, viewport.zoom());
    }

    @Test
    void fitShowsTheWholeMapCentred() {
        Rect bounds = new Rect(-500, 100, 3000, 1000);
        viewport.fit(bounds, 1000, 800, 20);
        assertEquals(960.0 / 3000, viewport.zoom(), 1e-9);
        assertEquals(20, viewport.toViewX(bounds.x()), 1e-9);
        assertEquals(980, viewport.toViewX(bounds.maxX()), 1e-9);
        assertEquals(400, viewport.toViewY(bounds.centreY()), 1e-9);
    }

    @Test
    void fitNeverMagnifiesASmallMap() {
        viewport.fit(new Rect(0, 0, 100, 50), 1000, 800, 20);
        assertEquals(1, viewport.zoom());
        assertEquals(500, viewport.toViewX(50), 1e-9);
    }

    @Test
    void fitMayMagnifyUpToTheLimitItIsGiven() {
        viewport.fit(new Rect(0, 0, 100, 50), 1000, 800, 20, 1.5);
        assertEquals(1.5, viewport.zoom());
        assertEquals(500, viewport.toViewX(50), 1e-9);
        assertEquals(400, viewport.toViewY(25), 1e-9);
    }

    @Test
    void centreOnPutsTheMapPointInTheMiddleAtTheSameZoom() {
        viewport.zoomAt(0.5, 0, 0);
        viewport.centreOn(1000, -200, 800, 600);
        assertEquals(0.5, viewport.zoom(), 1e-9);
        assertEquals(400, viewport.toViewX(1000), 1e-9);
        assertEquals(300, viewport.toViewY(-200), 1e-9);
    }

    @Test
    void viewAndMapRectanglesConvertBothWays() {
        viewport.panBy(40, 10);
        viewport.zoomAt(2, 0, 0);
        Rect map = new Rect(10, 20, 30, 40);
        Rect view = viewport.toView(map);
        assertEquals(new Rect(2 * 10 + 80, 2 * 20 + 20, 60, 80), view);
        Rect back = viewport.toMap(view);
        assertEquals(map.x(), back.x(), 1e-9);
        assertEquals(map.height(), back.height(), 1e-9);
        assertEquals(viewport.toMapX(0), viewport.visibleArea(100, 100).x(), 1e-9);
    }
}
