package org.argumap.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.layout.Rect;

/**
 * Smart guides for a drag, as in drawing programs: the edges and centres of the boxes being
 * dragged snap to those of the boxes around them when they come within a threshold, and the
 * lines where they then align are reported so the canvas can draw them.
 *
 * <p>Built once per drag from the boxes that stay put (those in view: what the user can align
 * with), whose lines are kept in two sorted arrays; each pointer move then costs a binary search
 * per line of a dragged box, however many boxes are in view. Pure arithmetic in map units, so it
 * is tested without a window; the caller turns its screen threshold into map units.
 */
final class SnapGuides {
    /** Lines closer than this count as one: what a snap leaves after floating-point rounding. */
    private static final double SAME = 1e-6;

    /**
     * A line where boxes align, in map units.
     *
     * @param vertical true for a vertical line at x = {@code at}, from y = {@code from} to {@code to};
     *                 false for a horizontal one at y = {@code at}
     */
    record Guide(boolean vertical, double at, double from, double to) {
    }

    /** Where a drag ends up after snapping, and the guides to draw there. */
    record Snap(double dx, double dy, List<Guide> guides) {
        static Snap free(double dx, double dy) {
            return new Snap(dx, dy, List.of());
        }
    }

    private final List<Rect> targets;
    private final Lines xs;
    private final Lines ys;

    /** @param targets the boxes that stay where they are */
    SnapGuides(Collection<Rect> targets) {
        this.targets = List.copyOf(targets);
        xs = new Lines(this.targets, true);
        ys = new Lines(this.targets, false);
    }

    /**
     * Snaps a drag: {@code moving} are the dragged boxes where the drag started, {@code dx, dy}
     * how far the pointer has taken them. On each axis the nearest pair of lines (left, centre or
     * right; top, centre or bottom) within {@code threshold} is made to coincide; the other axis
     * is left alone if nothing is near there.
     */
    Snap snap(List<Rect> moving, double dx, double dy, double threshold) {
        if (moving.isEmpty() || targets.isEmpty()) {
            return Snap.free(dx, dy);
        }
        double snappedDx = dx + xs.nearestShift(moving, dx, threshold);
        double snappedDy = dy + ys.nearestShift(moving, dy, threshold);
        List<Guide> guides = new ArrayList<>();
        xs.guides(moving, snappedDx, snappedDy, guides);
        ys.guides(moving, snappedDx, snappedDy, guides);
        return new Snap(snappedDx, snappedDy, List.copyOf(guides));
    }

    /** The lines of one axis of every target: x of left edges, centres, right edges; or the same in y. */
    private static final class Lines {
        private final boolean vertical;
        private final List<Rect> owners;
        /** Line positions, ascending, and which target each belongs to. */
        private final double[] at;
        private final int[] owner;

        Lines(List<Rect> targets, boolean vertical) {
            this.vertical = vertical;
            this.owners = targets;
            int n = targets.size() * 3;
            double[] raw = new double[n];
            for (int i = 0; i < targets.size(); i++) {
                double[] lines = linesOf(targets.get(i), vertical);
                for (int k = 0; k < 3; k++) {
                    raw[i * 3 + k] = lines[k];
                }
            }
            Integer[] indices = new Integer[n];
            for (int i = 0; i < n; i++) {
                indices[i] = i;
            }
            Arrays.sort(indices, (a, b) -> Double.compare(raw[a], raw[b]));
            at = new double[n];
            owner = new int[n];
            for (int i = 0; i < n; i++) {
                at[i] = raw[indices[i]];
                owner[i] = indices[i] / 3;
            }
        }

        /** How far to shift further so the nearest pair of lines within the threshold meets; 0 if none. */
        double nearestShift(List<Rect> moving, double shift, double threshold) {
            double best = Double.NaN;
            for (Rect rect : moving) {
                for (double line : linesOf(rect, vertical)) {
                    double wanted = line + shift;
                    double nearest = nearest(wanted);
                    double distance = nearest - wanted;
                    if (Math.abs(distance) <= threshold && (Double.isNaN(best) || Math.abs(distance) < Math.abs(best))) {
                        best = distance;
                    }
                }
            }
            return Double.isNaN(best) ? 0 : best;
        }

        private double nearest(double value) {
            int i = Arrays.binarySearch(at, value);
            if (i >= 0) {
                return at[i];
            }
            int above = -i - 1;
            if (above == 0) {
                return at[0];
            }
            if (above == at.length) {
                return at[at.length - 1];
            }
            return value - at[above - 1] <= at[above] - value ? at[above - 1] : at[above];
        }

        /** A guide for every line a moved box shares with targets, spanning all the boxes on it. */
        void guides(List<Rect> moving, double dx, double dy, List<Guide> out) {
            Map<Double, double[]> spans = new LinkedHashMap<>();
            for (Rect start : moving) {
                Rect moved = start.translated(dx, dy);
                for (double line : linesOf(moved, vertical)) {
                    int first = firstAtLeast(line - SAME);
                    for (int i = first; i < at.length && at[i] <= line + SAME; i++) {
                        double[] span = spans.computeIfAbsent(at[i], k -> new double[] {
                                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
                        widen(span, moved);
                        widen(span, owners.get(owner[i]));
                    }
                }
            }
            spans.forEach((line, span) -> out.add(new Guide(vertical, line, span[0], span[1])));
        }

        private void widen(double[] span, Rect rect) {
            span[0] = Math.min(span[0], vertical ? rect.y() : rect.x());
            span[1] = Math.max(span[1], vertical ? rect.maxY() : rect.maxX());
        }

        private int firstAtLeast(double value) {
            int low = 0;
            int high = at.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (at[mid] < value) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        private static double[] linesOf(Rect rect, boolean vertical) {
            return vertical
                    ? new double[] {rect.x(), rect.centreX(), rect.maxX()}
                    : new double[] {rect.y(), rect.centreY(), rect.maxY()};
        }
    }
}
