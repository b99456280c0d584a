package org.argumap.layout;

/**
 * A simple top-down tree layout: each main claim on top, its reasons and objections in the row
 * below, their own reasons below that, and each inference's junction between a row and the next.
 * Siblings are packed as closely as their subtrees' outlines allow, row by row, and each parent
 * sits centred over its children, so boxes never overlap and a wide branch does not push its
 * neighbours' small branches far apart; separate trees stand side by side.
 *
 * <p>A box the user placed stays where it was put, and the boxes under it that the layout places
 * move along with it, so dragging a claim drags its branch. Linear in the size of the map, and
 * iterative: no recursion, so any depth runs on any thread. Collapsed branches are left out by
 * {@link LayoutInput}: the boxes around them close up.
 */
public final class TreeLayout implements MapLayout {
    private final double siblingGap;
    private final double rowGap;
    private final double treeGap;
    /**
     * Larger maps keep the first arrangement: each other one tried places every box again (about
     * 0.1 s at 100,000 statements), and opening such a map must stay fast (issue 13).
     */
    private static final int MAX_REARRANGED = 50_000;
    /** The deepest level from which outlines are tried. */
    private static final int MAX_OUTLINE_DEPTH = 8;
    /** Width over height of the window the map is fitted to: what blocks and shelves aim at. */
    private final double windowRatio;

    /**
     * Gaps that leave room between rows for the junction marks over the premises, the lanes where
     * arrows cross over, and the arrowheads (decision 12).
     */
    public TreeLayout() {
        this(36, 120, 72);
    }

    /**
     * @param siblingGap horizontal space between neighbouring subtrees
     * @param rowGap     vertical space between rows, where links and junctions go
     * @param treeGap    horizontal space between separate trees (several main claims)
     */
    public TreeLayout(double siblingGap, double rowGap, double treeGap) {
        this(siblingGap, rowGap, treeGap, TreeShelves.TARGET_RATIO);
    }

    private TreeLayout(double siblingGap, double rowGap, double treeGap, double windowRatio) {
        this.siblingGap = siblingGap;
        this.rowGap = rowGap;
        this.treeGap = treeGap;
        this.windowRatio = windowRatio;
    }

    /** The usual gaps, with blocks and shelves arranged for a window of this width over height. */
    public static TreeLayout forWindow(double windowRatio) {
        if (!(windowRatio > 0.2 && windowRatio < 5)) {
            windowRatio = TreeShelves.TARGET_RATIO; // no window yet, or a sliver of one
        }
        return new TreeLayout(36, 120, 72, windowRatio);
    }

    /**
     * Small branches are stacked first. Where larger plain branches stand side by side too (the
     * long sub-threads of a discussion), they are stacked whole as well if the map then fits the
     * window larger. Where the map is still a strip (a bushy debate: thousands of claims, a few
     * under each), it is drawn as a tree down to some depth and as outlines below, at the depth
     * that fits the window best. Placing boxes is linear and cheap next to routing the links, so
     * the arrangements are placed and only the best is routed.
     */
    @Override
    public MapGeometry layout(LayoutInput input) {
        LayoutForest forest = LayoutForest.of(input);
        LeafStacks stacks = LeafStacks.of(input, forest, LeafStacks.MAX_ENTRY, windowRatio, Integer.MAX_VALUE);
        Rect[] boxes = place(input, forest, stacks);
        double cost = fitCost(boxes);
        if (stacks.leftOutLargerBranches() && forest.size() <= MAX_REARRANGED) {
            LeafStacks whole = LeafStacks.of(input, forest, Integer.MAX_VALUE, windowRatio, Integer.MAX_VALUE);
            Rect[] wholeBoxes = place(input, forest, whole);
            double wholeCost = fitCost(wholeBoxes);
            if (wholeCost < 0.9 * cost) {
                stacks = whole;
                boxes = wholeBoxes;
                cost = wholeCost;
            }
        }
        if (isStrip(boxes) && forest.size() <= MAX_REARRANGED && (input.isTreeShaped() || LeafStacks.isReplyShaped(input))) {
            int deepest = 0;
            for (int slot = 0; slot < forest.size(); slot++) {
                deepest = Math.max(deepest, forest.depth[slot]);
            }
            for (int depth = 1; depth < Math.min(deepest, MAX_OUTLINE_DEPTH + 1); depth++) {
                LeafStacks outlined = LeafStacks.of(input, forest, Integer.MAX_VALUE, windowRatio, depth);
                Rect[] outlinedBoxes = place(input, forest, outlined);
                double outlinedCost = fitCost(outlinedBoxes);
                if (outlinedCost < 0.9 * cost) {
                    stacks = outlined;
                    boxes = outlinedBoxes;
                    cost = outlinedCost;
                }
            }
        }
        PlacedBoxes.follow(input, forest, boxes);
        return new JunctionPlacer(input, boxes, null, rowGap, StackedLinks.of(input, forest, stacks, boxes, rowGap)).geometry();
    }

    /**
     * Whether the boxes make a strip: wider than {@link TreeShelves#MIN_PACKED_WIDTH} and more
     * than twice as wide for their height as the window, so that fitted they fill less than half of it.
     */
    private boolean isStrip(Rect[] boxes) {
        double[] extent = extent(boxes);
        return extent[0] > TreeShelves.MIN_PACKED_WIDTH && extent[0] > 2 * windowRatio * extent[1];
    }

    private static double[] extent(Rect[] boxes) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Rect box : boxes) {
            if (box != null) {
                minX = Math.min(minX, box.x());
                minY = Math.min(minY, box.y());
                maxX = Math.max(maxX, box.maxX());
                maxY = Math.max(maxY, box.maxY());
            }
        }
        return maxX < minX ? new double[] {0, 0} : new double[] {maxX - minX, maxY - minY};
    }

    /** How large the boxes must be drawn to fit the window: the less, the larger they show. */
    private double fitCost(Rect[] boxes) {
        double[] extent = extent(boxes);
        return TreeShelves.cost(extent[0], extent[1], windowRatio);
    }

    /** Every statement's box (by input node; null for inferences), trees on shelves, before the user's placements. */
    private Rect[] place(LayoutInput input, LayoutForest forest, LeafStacks stacks) {
        double[] width = widths(input, stacks);
        double[] rowTop = rowTops(input, forest, stacks);
        double[] centreX = centres(input, forest, stacks, width, rowTop);
        Rect[] boxes = new Rect[input.size()];
        for (int slot = 0; slot < forest.size(); slot++) {
            int node = forest.node[slot];
            int block = stacks.blockOfSlot[slot];
            if (block >= 0) {
                int first = stacks.firstSlot[block];
                double left = centreX[first] - stacks.blockWidth[block] / 2 + stacks.leafLeft[slot];
                double top = rowTop[forest.depth[first]] + stacks.leafTop[slot];
                boxes[node] = new Rect(left, top, width[node], input.height(node));
            } else {
                boxes[node] = new Rect(centreX[slot] - width[node] / 2, rowTop[forest.depth[slot]], width[node],
                        input.height(node));
            }
        }
        TreeShelves.pack(forest, boxes, treeGap, rowGap, windowRatio);
        return boxes;
    }

    /**
     * Statements' widths: as the input has them, except a parent of stacked leaves, widened only
     * for the arrows that arrive apart (one for each block instead of one for each leaf).
     */
    private static double[] widths(LayoutInput input, LeafStacks stacks) {
        double[] width = new double[input.size()];
        for (int node = 0; node < input.size(); node++) {
            width[node] = input.width(node);
        }
        if (stacks.count() == 0) {
            return width;
        }
        for (int node = 0; node < input.size(); node++) {
            if (!input.isStatement(node) || input.incomingCount(node) == 0) {
                continue;
            }
            int stacked = 0;
            for (int k = 0; k < input.incomingCount(node); k++) {
                int incoming = input.incoming(node, k);
                stacked += stacks.blockOfInference[incoming] >= 0 || stacks.insideEntry[incoming] ? 1 : 0;
            }
            if (stacked > 0) {
                int arrows = input.incomingCount(node) - stacked + 1;
                width[node] = Math.max(input.measuredWidth(node), ArrowSpacing.widthFor(arrows));
            }
        }
        return width;
    }

    /**
     * The centre x of every box. Bottom-up (children come after parents in the forest's order, so
     * walk it backwards), each node's children are packed left to right as closely as their
     * outlines allow and the node is centred over its first and last child; then top-down, the
     * offsets add up to positions. A block of stacked leaves stands where its first leaf would,
     * as one child as wide as the block over every row it reaches down to; its boxes are placed
     * from the centre of its first. Separate trees are packed the same way, further apart.
     */
    private double[] centres(LayoutInput input, LayoutForest forest, LeafStacks stacks, double[] width,
                             double[] rowTop) {
        int n = forest.size();
        double[] offsetFromParent = new double[n];
        Contour[] outlines = new Contour[n];
        for (int slot = n - 1; slot >= 0; slot--) {
            if (stacks.isStacked(slot)) {
                continue;
            }
            Contour row = null;
            double lastOffset = 0;
            boolean hasBlock = false;
            for (int child = forest.firstChild[slot]; child < forest.childEnd[slot]; child++) {
                int block = stacks.blockOfSlot[child];
                if (block >= 0 && stacks.firstSlot[block] != child) {
                    hasBlock = true;
                    continue;
                }
                Contour outline = block >= 0
                        ? Contour.block(stacks.blockWidth[block] / 2, rowsReached(forest.depth[child], stacks.blockHeight[block], rowTop))
                        : outlines[child];
                outlines[child] = null;
                lastOffset = row == null ? 0 : row.separation(outline, siblingGap);
                offsetFromParent[child] = lastOffset;
                row = row == null ? outline : Contour.merge(row, outline, lastOffset);
            }
            if (hasBlock) {
                for (int child = forest.firstChild[slot]; child < forest.childEnd[slot]; child++) {
                    int block = stacks.blockOfSlot[child];
                    if (block >= 0) {
                        offsetFromParent[child] = offsetFromParent[stacks.firstSlot[block]];
                    }
                }
            }
            double halfWidth = width[forest.node[slot]] / 2;
            if (row == null) {
                outlines[slot] = Contour.leaf(halfWidth);
            } else {
                double centre = lastOffset / 2;
                for (int child = forest.firstChild[slot]; child < forest.childEnd[slot]; child++) {
                    offsetFromParent[child] -= centre;
                }
                outlines[slot] = row.underRoot(centre, halfWidth);
            }
        }
        double[] centre = new double[n];
        Contour forestOutline = null;
        for (int r = 0; r < forest.rootCount(); r++) {
            int root = forest.roots[r];
            centre[root] = forestOutline == null ? 0 : forestOutline.separation(outlines[root], treeGap);
            forestOutline = forestOutline == null ? outlines[root] : Contour.merge(forestOutline, outlines[root], centre[root]);
        }
        for (int slot = 0; slot < n; slot++) {
            int parent = forest.parent[slot];
            if (parent >= 0) {
                centre[slot] = centre[parent] + offsetFromParent[slot];
            }
        }
        return centre;
    }

    /**
     * How many rows, from {@code depth} down, a block of this height reaches into, keeping half a
     * row gap below it: boxes of those rows must keep beside it. Rows below the deepest have no
     * boxes, so need not be counted.
     */
    private int rowsReached(int depth, double height, double[] rowTop) {
        double bottom = rowTop[depth] + height + rowGap / 2;
        int rows = 1;
        while (depth + rows < rowTop.length && rowTop[depth + rows] < bottom) {
            rows++;
        }
        return rows;
    }

    /**
     * Rows as tall as their tallest box, so every box of a row starts at the same height. Stacked
     * leaves are left out: their block reaches down past the rows below instead.
     */
    private double[] rowTops(LayoutInput input, LayoutForest forest, LeafStacks stacks) {
        int rows = 0;
        for (int slot = 0; slot < forest.size(); slot++) {
            rows = Math.max(rows, forest.depth[slot] + 1);
        }
        double[] height = new double[rows];
        for (int slot = 0; slot < forest.size(); slot++) {
            if (!stacks.isStacked(slot)) {
                int d = forest.depth[slot];
                height[d] = Math.max(height[d], input.height(forest.node[slot]));
            }
        }
        double[] top = new double[rows];
        for (int d = 1; d < rows; d++) {
            top[d] = top[d - 1] + height[d - 1] + rowGap;
        }
        return top;
    }
}
