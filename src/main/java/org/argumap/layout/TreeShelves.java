package org.argumap.layout;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Separate trees (several main claims, statements linked to nothing, the many claims of an AIF
 * corpus) packed in rows, like books on shelves, instead of one long row: the tallest trees
 * first, each shelf filled left to right up to a width chosen so that the whole map comes near
 * the shape of the window (16:10 unless told). Trees of one shelf stand on a common top line,
 * so their rows still line up.
 *
 * <p>A map is only re-packed when that lets it be shown larger in a window of the target shape:
 * a few trees that already stand well side by side keep their places (and their tucking under
 * each other's overhangs, which shelves would lose).
 */
final class TreeShelves {
    /** Width over height of the window a map is fitted to when its own is not known: 16:10. */
    static final double TARGET_RATIO = 1.6;
    /**
     * Maps no wider than this keep their row: a window shows them at a readable zoom anyway, and
     * a claim added to a small map does not send its neighbours to other shelves.
     */
    static final double MIN_PACKED_WIDTH = 2400;
    /** Shelf widths tried, as multiples of the width at which the trees' area would fill the target shape. */
    private static final double[] WIDTH_FACTORS = {0.5, 0.63, 0.8, 1, 1.25, 1.6, 2, 2.5};

    private TreeShelves() {
    }

    /** Moves each tree's boxes ({@code boxes}, by input node) onto its shelf, where that fits the map better. */
    static void pack(LayoutForest forest, Rect[] boxes, double gapX, double gapY) {
        pack(forest, boxes, gapX, gapY, TARGET_RATIO);
    }

    /** As {@link #pack(LayoutForest, Rect[], double, double)}, for a window of this width over height. */
    static void pack(LayoutForest forest, Rect[] boxes, double gapX, double gapY, double ratio) {
        int trees = forest.rootCount();
        if (trees < 2) {
            return;
        }
        double[] left = new double[trees];
        double[] top = new double[trees];
        double[] width = new double[trees];
        double[] height = new double[trees];
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double area = 0;
        double widest = 0;
        for (int r = 0; r < trees; r++) {
            double l = Double.POSITIVE_INFINITY;
            double t = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            for (int slot = forest.roots[r]; slot < end(forest, r); slot++) {
                Rect box = boxes[forest.node[slot]];
                l = Math.min(l, box.x());
                t = Math.min(t, box.y());
                right = Math.max(right, box.maxX());
                bottom = Math.max(bottom, box.maxY());
            }
            left[r] = l;
            top[r] = t;
            width[r] = right - l;
            height[r] = bottom - t;
            minX = Math.min(minX, l);
            minY = Math.min(minY, t);
            maxX = Math.max(maxX, right);
            maxY = Math.max(maxY, bottom);
            area += (width[r] + gapX) * (height[r] + gapY);
            widest = Math.max(widest, width[r]);
        }
        Integer[] order = new Integer[trees];
        for (int r = 0; r < trees; r++) {
            order[r] = r;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer r) -> -height[r]));
        if (maxX - minX <= MIN_PACKED_WIDTH) {
            return;
        }
        double bestCost = cost(maxX - minX, maxY - minY, ratio);
        double bestShelf = -1;
        for (double factor : WIDTH_FACTORS) {
            double shelf = Math.max(widest, Math.sqrt(area * ratio) * factor);
            double[] extent = shelve(order, width, height, shelf, gapX, gapY, null, null);
            double cost = cost(extent[0], extent[1], ratio);
            if (cost < bestCost * 0.98) {
                bestCost = cost;
                bestShelf = shelf;
            }
        }
        if (bestShelf < 0) {
            return;
        }
        double[] x = new double[trees];
        double[] y = new double[trees];
        shelve(order, width, height, bestShelf, gapX, gapY, x, y);
        for (int r = 0; r < trees; r++) {
            double dx = minX + x[r] - left[r];
            double dy = minY + y[r] - top[r];
            for (int slot = forest.roots[r]; slot < end(forest, r); slot++) {
                int node = forest.node[slot];
                boxes[node] = boxes[node].translated(dx, dy);
            }
        }
    }

    /** How large the map must be drawn to fit a window of this shape: the less, the larger it shows. */
    static double cost(double width, double height, double ratio) {
        return Math.max(width / ratio, height);
    }

    /**
     * Next fit by decreasing height: each tree on the current shelf if it fits within
     * {@code shelfWidth}, else on a new shelf below. Fills {@code x}, {@code y} (the trees'
     * top-left corners, relative) when given; returns the width and height used.
     */
    private static double[] shelve(Integer[] order, double[] width, double[] height, double shelfWidth,
                                   double gapX, double gapY, double[] x, double[] y) {
        double cursorX = 0;
        double shelfTop = 0;
        double shelfHeight = 0;
        double usedWidth = 0;
        for (int r : order) {
            if (cursorX > 0 && cursorX + width[r] > shelfWidth) {
                shelfTop += shelfHeight + gapY;
                shelfHeight = 0;
                cursorX = 0;
            }
            if (x != null) {
                x[r] = cursorX;
                y[r] = shelfTop;
            }
            usedWidth = Math.max(usedWidth, cursorX + width[r]);
            shelfHeight = Math.max(shelfHeight, height[r]);
            cursorX += width[r] + gapX;
        }
        return new double[] {usedWidth, shelfTop + shelfHeight};
    }

    /** The slot after the last of tree {@code r}: trees take consecutive slots in the forest. */
    private static int end(LayoutForest forest, int r) {
        return r + 1 < forest.rootCount() ? forest.roots[r + 1] : forest.size();
    }
}
