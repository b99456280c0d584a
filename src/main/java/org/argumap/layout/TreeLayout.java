package org.argumap.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;

/**
 * A simple top-down tree layout: each main claim on top, its reasons and objections in the row
 * below, their own reasons below that, and each inference's junction between a row and the next.
 * Siblings are packed as closely as their subtrees' outlines allow, row by row, and each parent
 * sits centred over its children, so boxes never overlap and a wide branch does not push its
 * neighbours' small branches far apart; separate trees stand side by side.
 *
 * <p>A box the user placed stays where it was put, and the boxes under it that the layout places
 * move along with it, so dragging a claim drags its branch. Linear in the size of the map.
 */
public final class TreeLayout implements MapLayout {
    private final double siblingGap;
    private final double rowGap;
    private final double treeGap;

    /** Gaps that leave room for junction marks between rows. */
    public TreeLayout() {
        this(36, 84, 72);
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
    public MapGeometry layout(ArgumentMap map, BoxSizes sizes) {
        LayoutForest forest = LayoutForest.of(map);
        int n = forest.size();
        Size[] boxSizes = new Size[n];
        for (int i = 0; i < n; i++) {
            boxSizes[i] = sizeOf(sizes, forest.order.get(i));
        }
        double[] centreX = centres(forest, boxSizes);
        double[] rowTop = rowTops(forest, boxSizes);

        Map<String, Rect> statementRects = new HashMap<>();
        double[] offsetX = new double[n];
        double[] offsetY = new double[n];
        for (int i = 0; i < n; i++) {
            Statement statement = forest.order.get(i);
            int parent = forest.parentIndex.get(i);
            Rect auto = new Rect(centreX[i] - boxSizes[i].width() / 2,
                    rowTop[forest.depth.get(i)], boxSizes[i].width(), boxSizes[i].height());
            Position placed = statement.position();
            if (placed != null) {
                offsetX[i] = placed.x() - auto.centreX();
                offsetY[i] = placed.y() - auto.centreY();
            } else if (parent >= 0) {
                offsetX[i] = offsetX[parent];
                offsetY[i] = offsetY[parent];
            }
            statementRects.put(statement.id(), auto.translated(offsetX[i], offsetY[i]));
        }
        return inMapOrder(map, statementRects, sizes);
    }

    private MapGeometry inMapOrder(ArgumentMap map, Map<String, Rect> statementRects, BoxSizes sizes) {
        JunctionPlacer junctions = new JunctionPlacer(map, statementRects, sizes, rowGap);
        Map<String, Rect> all = new LinkedHashMap<>();
        Map<String, Point> arrivals = new HashMap<>();
        for (MapNode node : map.nodes()) {
            if (node instanceof Inference inference) {
                all.put(node.id(), junctions.place(inference));
                arrivals.put(node.id(), junctions.arrivalOf(inference));
            } else {
                all.put(node.id(), statementRects.get(node.id()));
            }
        }
        return new MapGeometry(all, arrivals);
    }

    /**
     * The centre x of every box. Bottom-up (children come after parents in the forest's order, so
     * walk it backwards), each node's children are packed left to right as closely as their
     * outlines allow and the node is centred over its first and last child; then top-down, the
     * offsets add up to positions. Separate trees are packed the same way, further apart.
     */
    private double[] centres(LayoutForest forest, Size[] boxSizes) {
        int n = forest.size();
        double[] offsetFromParent = new double[n];
        Contour[] outlines = new Contour[n];
        for (int i = n - 1; i >= 0; i--) {
            List<Integer> children = forest.children.get(i);
            Contour row = null;
            double lastOffset = 0;
            for (int child : children) {
                Contour outline = outlines[child];
                outlines[child] = null;
                lastOffset = row == null ? 0 : row.separation(outline, siblingGap);
                offsetFromParent[child] = lastOffset;
                row = row == null ? outline : Contour.merge(row, outline, lastOffset);
            }
            double halfWidth = boxSizes[i].width() / 2;
            if (row == null) {
                outlines[i] = Contour.leaf(halfWidth);
            } else {
                double centre = lastOffset / 2;
                for (int child : children) {
                    offsetFromParent[child] -= centre;
                }
                outlines[i] = row.underRoot(centre, halfWidth);
            }
        }
        double[] centre = new double[n];
        Contour forestOutline = null;
        for (Statement root : forest.roots) {
            int i = forest.indexOf.get(root);
            centre[i] = forestOutline == null ? 0 : forestOutline.separation(outlines[i], treeGap);
            forestOutline = forestOutline == null ? outlines[i] : Contour.merge(forestOutline, outlines[i], centre[i]);
        }
        for (int i = 0; i < n; i++) {
            int parent = forest.parentIndex.get(i);
            if (parent >= 0) {
                centre[i] = centre[parent] + offsetFromParent[i];
            }
        }
        return centre;
    }

    /** Rows as tall as their tallest box, so every box of a row starts at the same height. */
    private double[] rowTops(LayoutForest forest, Size[] boxSizes) {
        int rows = 0;
        for (int d : forest.depth) {
            rows = Math.max(rows, d + 1);
        }
        double[] height = new double[rows];
        for (int i = 0; i < forest.size(); i++) {
            int d = forest.depth.get(i);
            height[d] = Math.max(height[d], boxSizes[i].height());
        }
        double[] top = new double[rows];
        for (int d = 1; d < rows; d++) {
            top[d] = top[d - 1] + height[d - 1] + rowGap;
        }
        return top;
    }

    static Size sizeOf(BoxSizes sizes, MapNode node) {
        Size size = sizes.sizeOf(node);
        return size == null ? Size.ZERO : size;
    }
}
