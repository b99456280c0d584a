package org.argumap.render.picture;

import java.util.ArrayList;
import java.util.List;
import org.argumap.layout.Rect;

/**
 * Where a map goes on paper: fitted whole onto one page, or tiled over several at print size with
 * an overlap, so the pages can be trimmed and taped together. Each page knows the part of the map
 * it shows and how map units become points on it.
 */
public final class PagePlan {
    /** Print size: one map unit is one CSS pixel, 1/96 inch, which is 0.75 point. */
    public static final double PRINT_SCALE = 0.75;
    /** A small map fitted to a page is not blown up beyond this, or its boxes would look like posters. */
    static final double MAX_FIT_SCALE = 1.0;
    /** The white border around what is printed, in points (about 12 mm), where printers cannot reach. */
    public static final double MARGIN = 34;
    /** The band at the top of a page for the title and at the bottom for the page label. */
    public static final double BAND = 18;
    /** How much neighbouring tiles repeat of each other, in points (10 mm). */
    public static final double OVERLAP = 28.35;
    /** Beyond this many pages, tiling is refused: fitting to a page, or a larger paper, is the better answer. */
    public static final int MAX_TILES = 400;

    /**
     * One page.
     *
     * @param width   the page's width in points (landscape pages are wider than high)
     * @param area    the part of the map shown, in map units
     * @param scale   points per map unit
     * @param originX where the area's top left corner goes on the page, in points from the left
     * @param originY likewise from the top
     * @param label   "Page 2 of 6 (row 1, column 2)" for tiles, empty for a fitted page
     */
    public record Page(double width, double height, Rect area, double scale, double originX, double originY,
                       String label) {
    }

    private PagePlan() {
    }

    /** The whole area on one page, turned to landscape when the area is wider than high, centred. */
    public static Page fit(Rect area, PageSize size) {
        boolean landscape = area.width() > area.height();
        double width = landscape ? size.height() : size.width();
        double height = landscape ? size.width() : size.height();
        double usableWidth = width - 2 * MARGIN;
        double usableHeight = height - 2 * MARGIN - 2 * BAND;
        double scale = Math.min(MAX_FIT_SCALE, Math.min(usableWidth / area.width(), usableHeight / area.height()));
        double originX = (width - area.width() * scale) / 2;
        double originY = MARGIN + BAND + (usableHeight - area.height() * scale) / 2;
        return new Page(width, height, area, scale, originX, originY, "");
    }

    /** How many pages tiling would take, in the orientation that needs fewer. */
    public static int tileCount(Rect area, PageSize size) {
        return Math.min(count(area, size, false), count(area, size, true));
    }

    /**
     * The area at print size over as many pages as it needs, row by row, each overlapping its
     * neighbours by {@link #OVERLAP}, in the orientation that needs fewer pages.
     *
     * @throws IllegalArgumentException when that would be more than {@link #MAX_TILES} pages
     */
    public static List<Page> tiles(Rect area, PageSize size) {
        boolean landscape = count(area, size, true) < count(area, size, false);
        int pages = count(area, size, landscape);
        if (pages > MAX_TILES) {
            throw new IllegalArgumentException("the map would take " + pages + " pages at print size (at most "
                    + MAX_TILES + "); fit it to one page or choose a larger paper");
        }
        double width = landscape ? size.height() : size.width();
        double height = landscape ? size.width() : size.height();
        double stepX = step(width);
        double stepY = step(height - 2 * BAND);
        int columns = columns(area.width(), width);
        int rows = columns(area.height(), height - 2 * BAND);
        double tileWidth = (width - 2 * MARGIN) / PRINT_SCALE;
        double tileHeight = (height - 2 * MARGIN - 2 * BAND) / PRINT_SCALE;
        List<Page> out = new ArrayList<>(rows * columns);
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Rect part = new Rect(area.x() + column * stepX, area.y() + row * stepY, tileWidth, tileHeight);
                String label = "Page " + (out.size() + 1) + " of " + rows * columns + " (row " + (row + 1)
                        + ", column " + (column + 1) + ")";
                out.add(new Page(width, height, part, PRINT_SCALE, MARGIN, MARGIN + BAND, label));
            }
        }
        return out;
    }

    private static int count(Rect area, PageSize size, boolean landscape) {
        double width = landscape ? size.height() : size.width();
        double height = landscape ? size.width() : size.height();
        return columns(area.width(), width) * columns(area.height(), height - 2 * BAND);
    }

    /** Map units one tile moves on from the last: what a page shows less the overlap. */
    private static double step(double pageExtent) {
        return (pageExtent - 2 * MARGIN - OVERLAP) / PRINT_SCALE;
    }

    /** Tiles needed along one side: the first shows a whole page, each further one a step more. */
    private static int columns(double mapExtent, double pageExtent) {
        double first = (pageExtent - 2 * MARGIN) / PRINT_SCALE;
        if (mapExtent <= first) {
            return 1;
        }
        return 1 + (int) Math.ceil((mapExtent - first) / step(pageExtent));
    }
}
