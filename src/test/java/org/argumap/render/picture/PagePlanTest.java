package org.argumap.render.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.layout.Rect;
import org.junit.jupiter.api.Test;

class PagePlanTest {
    @Test
    void aWideMapIsFittedOntoALandscapePageInsideTheMargins() {
        Rect area = new Rect(-500, 100, 3000, 1000);
        PagePlan.Page page = PagePlan.fit(area, PageSize.A4);
        assertEquals(PageSize.A4.height(), page.width(), 1e-9);
        double drawnWidth = area.width() * page.scale();
        assertEquals(page.width() - 2 * PagePlan.MARGIN, drawnWidth, 1e-6, "the width is what limits");
        assertTrue(page.originY() >= PagePlan.MARGIN + PagePlan.BAND);
        assertTrue(page.originY() + area.height() * page.scale() <= page.height() - PagePlan.MARGIN - PagePlan.BAND + 1e-6);
    }

    @Test
    void aSmallMapIsNotBlownUp() {
        PagePlan.Page page = PagePlan.fit(new Rect(0, 0, 200, 100), PageSize.A3);
        assertEquals(PagePlan.MAX_FIT_SCALE, page.scale());
    }

    @Test
    void tilesCoverTheMapAtPrintSizeAndOverlapTheirNeighbours() {
        Rect area = new Rect(0, 0, 2700, 1600);
        List<PagePlan.Page> tiles = PagePlan.tiles(area, PageSize.A4);
        assertEquals(PagePlan.tileCount(area, PageSize.A4), tiles.size());
        assertTrue(tiles.size() > 1);
        for (PagePlan.Page tile : tiles) {
            assertEquals(PagePlan.PRINT_SCALE, tile.scale());
            assertTrue(tile.area().width() * tile.scale() <= tile.width() - 2 * PagePlan.MARGIN + 1e-6);
        }
        for (double x = 0; x <= area.width(); x += 50) {
            for (double y = 0; y <= area.height(); y += 50) {
                double px = x;
                double py = y;
                assertTrue(tiles.stream().anyMatch(t -> contains(t.area(), px, py)), "(" + x + ", " + y + ") is printed");
            }
        }
        PagePlan.Page first = tiles.get(0);
        PagePlan.Page second = tiles.get(1);
        assertEquals(PagePlan.OVERLAP / PagePlan.PRINT_SCALE, first.area().maxX() - second.area().x(), 1e-6);
        assertEquals("Page 2 of " + tiles.size() + " (row 1, column 2)", second.label());
    }

    @Test
    void tilingAHugeMapIsRefusedWithAReason() {
        var refused = assertThrows(IllegalArgumentException.class,
                () -> PagePlan.tiles(new Rect(0, 0, 2_000_000, 30_000), PageSize.A4));
        assertTrue(refused.getMessage().contains("fit it to one page"), refused.getMessage());
    }

    private static boolean contains(Rect r, double x, double y) {
        return x >= r.x() && x <= r.maxX() && y >= r.y() && y <= r.maxY();
    }
}
