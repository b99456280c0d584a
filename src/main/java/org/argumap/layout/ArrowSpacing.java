package org.argumap.layout;

/**
 * How far apart arrows land on a box, and where. Arrows into one side of a box land at least
 * {@link #MIN_GAP} apart, further than the widest arrowhead the painter draws at any zoom, so
 * heads never pile up on a claim with many reasons; a box with more arrows than its width
 * receives that far apart is widened by the layout ({@link #widthFor}). Each arrow lands as near
 * as it can to where it comes from, in the left-to-right order of the sources, so an arrow from
 * straight below is straight.
 */
public final class ArrowSpacing {
    /** The least distance between two arrows landing on one side of a box, in map units. */
    public static final double MIN_GAP = 40;
    /**
     * How much larger than its layout size the painter may draw a junction's mark far out, in
     * radii; the layout keeps lanes and boxes that far from junctions.
     */
    public static final double MARK_REACH = 2.5;
    /** How far from a box's corner an arrow may land, so it meets the edge, not the rounded corner. */
    public static final double EDGE_INSET = 24;

    private ArrowSpacing() {
    }

    /** The least width of a box that receives this many arrows on one side, {@link #MIN_GAP} apart. */
    public static double widthFor(int arrows) {
        return arrows <= 1 ? 0 : 2 * EDGE_INSET + (arrows - 1) * MIN_GAP;
    }

    /**
     * Where arrows land on an edge from {@code left} to {@code right}: each as close as may be
     * to where it wants to land ({@code wanted}, in the order the arrows come from left to right),
     * at least {@code gap} from the next and within the edge. The squared distances to the wanted
     * places are least (a monotone regression, pooling adjacent violators), in linear time.
     * Where the edge is too short for the gap, the arrows share it evenly.
     */
    static double[] spread(double[] wanted, double left, double right, double gap) {
        int n = wanted.length;
        double[] placed = new double[n];
        if (n == 0) {
            return placed;
        }
        if (n == 1) {
            placed[0] = Math.max(left, Math.min(right, wanted[0]));
            return placed;
        }
        gap = Math.min(gap, (right - left) / (n - 1));
        // With q[i] = x[i] - i * gap the gaps become "q never decreases": pool adjacent violators.
        double[] mean = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            mean[blocks] = wanted[i] - i * gap;
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                int merged = count[blocks - 2] + count[blocks - 1];
                mean[blocks - 2] = (mean[blocks - 2] * count[blocks - 2] + mean[blocks - 1] * count[blocks - 1]) / merged;
                count[blocks - 2] = merged;
                blocks--;
            }
        }
        double highest = right - (n - 1) * gap;
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            double q = Math.max(left, Math.min(highest, mean[b]));
            for (int k = 0; k < count[b]; k++, i++) {
                placed[i] = q + i * gap;
            }
        }
        return placed;
    }
}
