package org.argumap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The links of stacked leaves ({@link LeafStacks}) once the boxes are final: each leaf's junction
 * on its column's spine, and one arrival on the parent for the whole block, where a bar over the
 * block gathers the spines. {@link JunctionPlacer} asks it about those links and routes the
 * others as usual.
 *
 * <p>A cross link (the second use of a statement, a Kialo "-> See") between two stacked boxes
 * has a way of its own too: from the right edge of its premise into the gap right of the
 * column, up that gap to the middle of the row gap above the block, across there (the row gaps
 * above blocks hold no boxes), down the gap right of the target's column and into the target's
 * right edge. Where that height is not clear all the way, it tries the other block's height or
 * a height above the whole map.
 */
final class StackedLinks {
    private final LayoutInput input;
    private final int[] blockOfInference;
    private final boolean[] insideEntry;
    private final Rect[] blocks;
    /** Per input node: for a stacked statement, its block, and the x of the gap right of its column; else -1 and 0. */
    private final int[] blockOfBox;
    private final double[] gapX;
    /** Per inference, whether it is a cross link from or to a stacked statement, routed here. */
    private final boolean[] crossLink;
    private final double rowGap;
    /** The boxes, for finding a clear height for cross links; made when the first is routed. */
    private SpatialIndex obstacles;
    private Rect map;

    private StackedLinks(LayoutInput input, int[] blockOfInference, boolean[] insideEntry, Rect[] blocks,
                         int[] blockOfBox, double[] gapX, boolean[] crossLink, double rowGap) {
        this.input = input;
        this.blockOfInference = blockOfInference;
        this.insideEntry = insideEntry;
        this.blocks = blocks;
        this.blockOfBox = blockOfBox;
        this.gapX = gapX;
        this.crossLink = crossLink;
        this.rowGap = rowGap;
    }

    /** Null when nothing is stacked. */
    static StackedLinks of(LayoutInput input, LayoutForest forest, LeafStacks stacks, Rect[] boxes, double rowGap) {
        if (stacks.count() == 0) {
            return null;
        }
        Rect[] blocks = new Rect[stacks.count()];
        int[] blockOfBox = new int[input.size()];
        Arrays.fill(blockOfBox, -1);
        double[] gapX = new double[input.size()];
        for (int slot = 0; slot < forest.size(); slot++) {
            int block = stacks.blockOfSlot[slot];
            if (block >= 0) {
                int node = forest.node[slot];
                Rect box = boxes[node];
                blocks[block] = blocks[block] == null ? box : blocks[block].union(box);
                blockOfBox[node] = block;
                double blockLeft = box.x() - stacks.leafLeft[slot];
                gapX[node] = blockLeft + stacks.columnRight[slot] + LeafStacks.COLUMN_GAP / 2;
            }
        }
        boolean[] crossLink = new boolean[input.size()];
        for (int i = 0; i < input.size(); i++) {
            if (!input.isStatement(i) && stacks.blockOfInference[i] < 0 && !stacks.insideEntry[i] && input.premiseCount(i) == 1
                    && input.isStatement(input.target(i)) && !input.isPlaced(i)) {
                crossLink[i] = blockOfBox[input.premise(i, 0)] >= 0 || blockOfBox[input.target(i)] >= 0;
            }
        }
        return new StackedLinks(input, stacks.blockOfInference, stacks.insideEntry, blocks, blockOfBox, gapX, crossLink, rowGap);
    }

    /** For a link from an entry of a block into the block's parent, the block; else -1. */
    int blockOf(int inference) {
        return blockOfInference[inference];
    }

    /** Whether the link is one of a block's, from an entry into the parent or inside an entry. */
    boolean isStacked(int inference) {
        return blockOfInference[inference] >= 0 || insideEntry[inference] || crossLink[inference];
    }

    /** Whether the link arrives inside a block: in an entry, or a cross link onto a stacked box. */
    boolean isInsideEntry(int inference) {
        return insideEntry[inference] || crossLink[inference];
    }

    /**
     * For a link inside an entry: straight up its spine into the bottom of the box it answers.
     * For a cross link: into the middle of the right edge of the box it bears on.
     */
    Point arrivalInsideEntry(int inference, Rect[] boxes) {
        if (crossLink[inference]) {
            Rect target = boxes[input.target(inference)];
            return new Point(target.maxX(), target.centreY());
        }
        Rect answer = boxes[input.premise(inference, 0)];
        return new Point(answer.x() - LeafStacks.SPINE_OFFSET, boxes[input.target(inference)].maxY());
    }

    /** Where the block's arrow would come from, left to right: the middle of the block. */
    double approachX(int block) {
        return blocks[block].centreX();
    }

    /** The junction's centre: on the spine left of its premise, level with the premise's middle. */
    Point junction(int inference, Rect[] boxes) {
        Rect leaf = boxes[input.premise(inference, 0)];
        if (crossLink[inference]) {
            // Beside the premise on its right, where the gap between columns starts.
            return new Point(Math.min(leaf.maxX() + LeafStacks.COLUMN_GAP / 2, gapX(input.premise(inference, 0), boxes)), leaf.centreY());
        }
        return new Point(leaf.x() - LeafStacks.SPINE_OFFSET, leaf.centreY());
    }

    LinkRoute route(int inference, Rect[] boxes, Rect junction, Point arrival) {
        if (crossLink[inference]) {
            return crossRoute(inference, boxes, junction, arrival);
        }
        Rect leaf = boxes[input.premise(inference, 0)];
        if (insideEntry[inference]) {
            Point centre = new Point(junction.centreX(), junction.centreY());
            return new LinkRoute(Route.of(new Point(leaf.x(), centre.y()), centre), Route.of(centre, arrival));
        }
        // From the leaf's left edge to its junction on the column's spine, down the spine to the bar
        // above the block, along the bar and up into the parent where the whole block arrives.
        Point centre = new Point(junction.centreX(), junction.centreY());
        double barY = blocks[blockOf(inference)].y() - LeafStacks.BAR_RISE;
        Route feed = Route.of(new Point(leaf.x(), centre.y()), centre);
        Route arrow = Math.abs(centre.x() - arrival.x()) < 0.5
                ? Route.of(centre, arrival)
                : Route.of(centre, new Point(centre.x(), barY), new Point(arrival.x(), barY), arrival);
        return new LinkRoute(feed, arrow);
    }

    /**
     * The cross link's way between columns and across the row gap above the blocks (see the class
     * comment). An end in a row of the tree rather than a block leaves or enters its box on the
     * right too, through the gap beside it, and the way across may change height once, beside
     * either end or outside the map; of the heights near either end, above and below the whole
     * map, the first clear way is taken.
     */
    private LinkRoute crossRoute(int inference, Rect[] boxes, Rect junction, Point arrival) {
        int premise = input.premise(inference, 0);
        int target = input.target(inference);
        Rect from = boxes[premise];
        Point centre = new Point(junction.centreX(), junction.centreY());
        Route feed = Route.of(new Point(from.maxX(), centre.y()), centre);
        if (obstacles == null) {
            obstacles = SpatialIndex.ofArray(boxes);
            for (Rect box : boxes) {
                map = box == null ? map : map == null ? box : map.union(box);
            }
        }
        double outX = gapX(premise, boxes);
        double inX = gapX(target, boxes);
        double[] heights = new double[6];
        int count = 0;
        heights[count++] = passingHeight(premise, boxes);
        heights[count++] = passingHeight(target, boxes);
        if (blockOfBox[premise] < 0) {
            heights[count++] = from.maxY() + rowGap / 2;
        }
        if (blockOfBox[target] < 0) {
            heights[count++] = boxes[target].maxY() + rowGap / 2;
        }
        heights[count++] = map.y() - rowGap / 2;
        heights[count++] = map.maxY() + rowGap / 2;
        // Where to change height: beside either end, or outside the map, where nothing is in the way.
        double[] turns = {inX, outX, map.maxX() + rowGap / 2, map.x() - rowGap / 2};
        List<Point> first = null;
        for (int a = 0; a < count; a++) {
            for (int b = 0; b < count; b++) {
                for (int side = 0; side < (a == b ? 1 : turns.length); side++) {
                    double turnX = turns[side];
                    List<Point> points = new ArrayList<>();
                    add(points, centre);
                    add(points, new Point(outX, centre.y()));
                    add(points, new Point(outX, heights[a]));
                    add(points, new Point(turnX, heights[a]));
                    add(points, new Point(turnX, heights[b]));
                    add(points, new Point(inX, heights[b]));
                    add(points, new Point(inX, arrival.y()));
                    add(points, arrival);
                    if (isClear(points, boxes, premise, target)) {
                        return new LinkRoute(feed, Route.of(points));
                    }
                    first = first == null ? points : first;
                }
            }
        }
        return new LinkRoute(feed, Route.of(first));
    }

    /** The x of the gap on a box's right: between its column and the next, or beside it in its row. */
    private double gapX(int statement, Rect[] boxes) {
        return blockOfBox[statement] >= 0 ? gapX[statement] : boxes[statement].maxX() + LeafStacks.COLUMN_GAP / 2;
    }

    /** The height near a box where a line may cross: the middle of the row gap above its block, or above its row. */
    private double passingHeight(int statement, Rect[] boxes) {
        int block = blockOfBox[statement];
        return (block >= 0 ? blocks[block].y() : boxes[statement].y()) - rowGap / 2;
    }

    private static void add(List<Point> points, Point p) {
        Point last = points.isEmpty() ? null : points.get(points.size() - 1);
        if (last == null || Math.abs(last.x() - p.x()) > 1e-9 || Math.abs(last.y() - p.y()) > 1e-9) {
            points.add(p);
        }
    }

    /** Whether no piece of the path passes through a box other than the link's own two. */
    private boolean isClear(List<Point> points, Rect[] boxes, int premise, int target) {
        for (int k = 0; k + 1 < points.size(); k++) {
            Point a = points.get(k);
            Point b = points.get(k + 1);
            double x0 = Math.min(a.x(), b.x()) - 1;
            double x1 = Math.max(a.x(), b.x()) + 1;
            double y0 = Math.min(a.y(), b.y()) - 1;
            double y1 = Math.max(a.y(), b.y()) + 1;
            if (obstacles.anyIn(x0, y0, x1, y1, n -> n != premise && n != target && boxes[n].x() < x1
                    && boxes[n].maxX() > x0 && boxes[n].y() < y1 && boxes[n].maxY() > y0)) {
                return false;
            }
        }
        return true;
    }
}
