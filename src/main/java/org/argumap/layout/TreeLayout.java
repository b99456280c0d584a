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
        this.siblingGap = siblingGap;
        this.rowGap = rowGap;
        this.treeGap = treeGap;
    }

    @Override
    public MapGeometry layout(LayoutInput input) {
        LayoutForest forest = LayoutForest.of(input);
        double[] centreX = centres(input, forest);
        double[] rowTop = rowTops(input, forest);
        Rect[] boxes = new Rect[input.size()];
        for (int slot = 0; slot < forest.size(); slot++) {
            int node = forest.node[slot];
            double width = input.width(node);
            boxes[node] = new Rect(centreX[slot] - width / 2, rowTop[forest.depth[slot]], width, input.height(node));
        }
        PlacedBoxes.follow(input, forest, boxes);
        return new JunctionPlacer(input, boxes, null, rowGap).geometry();
    }

    /**
     * The centre x of every box. Bottom-up (children come after parents in the forest's order, so
     * walk it backwards), each node's children are packed left to right as closely as their
     * outlines allow and the node is centred over its first and last child; then top-down, the
     * offsets add up to positions. Separate trees are packed the same way, further apart.
     */
    private double[] centres(LayoutInput input, LayoutForest forest) {
        int n = forest.size();
        double[] offsetFromParent = new double[n];
        Contour[] outlines = new Contour[n];
        for (int slot = n - 1; slot >= 0; slot--) {
            Contour row = null;
            double lastOffset = 0;
            for (int child = forest.firstChild[slot]; child < forest.childEnd[slot]; child++) {
                Contour outline = outlines[child];
                outlines[child] = null;
                lastOffset = row == null ? 0 : row.separation(outline, siblingGap);
                offsetFromParent[child] = lastOffset;
                row = row == null ? outline : Contour.merge(row, outline, lastOffset);
            }
            double halfWidth = input.width(forest.node[slot]) / 2;
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

    /** Rows as tall as their tallest box, so every box of a row starts at the same height. */
    private double[] rowTops(LayoutInput input, LayoutForest forest) {
        int rows = 0;
        for (int slot = 0; slot < forest.size(); slot++) {
            rows = Math.max(rows, forest.depth[slot] + 1);
        }
        double[] height = new double[rows];
        for (int slot = 0; slot < forest.size(); slot++) {
            int d = forest.depth[slot];
            height[d] = Math.max(height[d], input.height(forest.node[slot]));
        }
        double[] top = new double[rows];
        for (int d = 1; d < rows; d++) {
            top[d] = top[d - 1] + height[d - 1] + rowGap;
        }
        return top;
    }
}
