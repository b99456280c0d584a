package org.argumap.layout;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Closes up the gaps between ELK's layers. ELK widens the gap between two layers to route the
 * edges across it with gentle slopes, which on a wide argument map makes a map of 1,000
 * statements some 65,000 units tall, mostly empty. The canvas draws its own straight arrows and
 * does not use ELK's routes, so the layers are stacked again here, a fixed gap apart, keeping
 * each node's place within its layer. Layers are found as runs of nodes whose vertical extents
 * overlap: ELK keeps different layers apart, so their extents never do.
 */
final class LayerRows {
    private LayerRows() {
    }

    /**
     * New top edges for boxes with these top edges and heights: the topmost layer stays where it
     * is, each next one starts {@code gap} below the bottom of the one above.
     */
    static double[] restack(double[] tops, double[] heights, double gap) {
        int n = tops.length;
        Integer[] byTop = new Integer[n];
        for (int i = 0; i < n; i++) {
            byTop[i] = i;
        }
        Arrays.sort(byTop, Comparator.comparingDouble(i -> tops[i]));
        double[] result = new double[n];
        int start = 0;
        double newTop = n == 0 ? 0 : tops[byTop[0]];
        while (start < n) {
            double layerTop = tops[byTop[start]];
            double layerBottom = layerTop + heights[byTop[start]];
            int end = start + 1;
            while (end < n && tops[byTop[end]] < layerBottom) {
                layerBottom = Math.max(layerBottom, tops[byTop[end]] + heights[byTop[end]]);
                end++;
            }
            for (int k = start; k < end; k++) {
                int i = byTop[k];
                result[i] = newTop + (tops[i] - layerTop);
            }
            newTop += layerBottom - layerTop + gap;
            start = end;
        }
        return result;
    }
}
