package org.argumap.layout;

/**
 * Keeps the boxes the user placed where they were put and moves the unplaced boxes below each
 * placed one along with it, so dragging a claim drags its branch. "Below" follows the layout
 * forest: a box moves by the same amount as its parent there, unless it was placed itself.
 * Shared by every layout, which first place all boxes as if nothing were placed.
 */
final class PlacedBoxes {
    private final double[] offsetX;
    private final double[] offsetY;
    private final boolean[] moved;

    private PlacedBoxes(int n) {
        offsetX = new double[n];
        offsetY = new double[n];
        moved = new boolean[n];
    }

    /**
     * Moves the statements' automatic rectangles ({@code boxes}, by input node) in place: parents
     * come before their children in the forest, so one pass in its order carries every offset down.
     */
    static PlacedBoxes follow(LayoutInput input, LayoutForest forest, Rect[] boxes) {
        PlacedBoxes result = new PlacedBoxes(input.size());
        for (int slot = 0; slot < forest.size(); slot++) {
            int node = forest.node[slot];
            int parent = forest.parent[slot];
            if (input.isPlaced(node)) {
                result.offsetX[node] = input.placedX(node) - boxes[node].centreX();
                result.offsetY[node] = input.placedY(node) - boxes[node].centreY();
                result.moved[node] = true;
            } else if (parent >= 0 && result.moved[forest.node[parent]]) {
                result.offsetX[node] = result.offsetX[forest.node[parent]];
                result.offsetY[node] = result.offsetY[forest.node[parent]];
                result.moved[node] = true;
            }
            if (result.moved[node]) {
                boxes[node] = boxes[node].translated(result.offsetX[node], result.offsetY[node]);
            }
        }
        return result;
    }

    /**
     * Where the junctions a layout placed itself go now: a junction whose premises and target all
     * moved together moves with them; one whose boxes moved apart gets null, to be put back
     * between them, since its old place would hang beside the arrow.
     */
    Point[] junctionsAfterMoves(LayoutInput input, Point[] junctions) {
        Point[] result = new Point[input.size()];
        for (int i = 0; i < input.size(); i++) {
            if (junctions[i] == null) {
                continue;
            }
            int reference = input.target(i);
            while (reference >= 0 && !input.isStatement(reference)) {
                reference = input.premiseCount(reference) > 0 ? input.premise(reference, 0) : input.target(reference);
            }
            boolean together = true;
            for (int k = 0; k < input.premiseCount(i); k++) {
                together &= sameOffset(input.premise(i, k), reference);
            }
            if (together) {
                result[i] = new Point(junctions[i].x() + offsetX[reference], junctions[i].y() + offsetY[reference]);
            }
        }
        return result;
    }

    private boolean sameOffset(int a, int b) {
        return offsetX[a] == offsetX[b] && offsetY[a] == offsetY[b];
    }
}
