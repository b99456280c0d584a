package org.argumap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Where arrows crossing over to one box run: on each side of the box, those coming from the left
 * on one set of lanes and those from the right on another, {@link LinkRouter#LANE_GAP} apart, the
 * farthest source on the lane nearest the box. An arrow from farther out then crosses over above
 * the others and comes down (or up) outside them, so arrows coming together neither run on top
 * of each other nor cross on their way in. The lanes lie between the room kept for the heads and
 * the junction marks the arrows leave, clear of taller boxes hanging down beside the target.
 */
final class Lanes {
    private final LayoutInput input;
    private final Rect[] boxes;
    private final Rect[] junctions;
    private final Point[] arrivals;
    private final SpatialIndex obstacles;
    private final double[] lanes;
    private final IntPredicate leftOut;

    private Lanes(LayoutInput input, Rect[] boxes, Rect[] junctions, Point[] arrivals, SpatialIndex obstacles,
                  IntPredicate leftOut) {
        this.leftOut = leftOut;
        this.input = input;
        this.boxes = boxes;
        this.junctions = junctions;
        this.arrivals = arrivals;
        this.obstacles = obstacles;
        this.lanes = new double[input.size()];
        Arrays.fill(lanes, Double.NaN);
    }

    /** Per inference, the height at which its arrow crosses over to its arrival; NaN where it goes straight in. */
    static double[] of(LayoutInput input, Rect[] boxes, Rect[] junctions, Point[] arrivals, SpatialIndex obstacles) {
        return of(input, boxes, junctions, arrivals, obstacles, null);
    }

    /** @param leftOut links that take no lane (routed their own way), or null */
    static double[] of(LayoutInput input, Rect[] boxes, Rect[] junctions, Point[] arrivals, SpatialIndex obstacles,
                       IntPredicate leftOut) {
        Lanes lanes = new Lanes(input, boxes, junctions, arrivals, obstacles, leftOut);
        for (int i = 0; i < input.size(); i++) {
            if (input.isStatement(i) && input.incomingCount(i) > 0) {
                lanes.assign(i, -1);
                lanes.assign(i, 1);
            }
        }
        return lanes.lanes;
    }

    /**
     * Lanes for the arrows entering the target's bottom ({@code dir} -1, they travel up) or top
     * (+1): between the room kept for the heads and the junctions they come from, clear of boxes
     * that hang down beside the target, centred, the farthest source nearest the target.
     */
    private void assign(int target, int dir) {
        Rect box = boxes[target];
        double edge = dir < 0 ? box.maxY() : box.y();
        List<Integer> left = new ArrayList<>();
        List<Integer> right = new ArrayList<>();
        for (int k = 0; k < input.incomingCount(target); k++) {
            int i = input.incoming(target, k);
            Point arrival = arrivals[i];
            Rect junction = junctions[i];
            if (leftOut != null && leftOut.test(i)) {
                continue;
            }
            if (arrival == null || junction == null || Math.abs(arrival.y() - edge) > 1e-6
                    || (junction.centreY() - edge) * dir >= 0) {
                continue;
            }
            double dx = junction.centreX() - arrival.x();
            if (dx < -0.5) {
                left.add(i);
            } else if (dx > 0.5) {
                right.add(i);
            }
        }
        assign(target, dir, left);
        assign(target, dir, right);
    }

    private void assign(int target, int dir, List<Integer> group) {
        if (group.isEmpty()) {
            return;
        }
        Rect box = boxes[target];
        double edge = dir < 0 ? box.maxY() : box.y();
        // "near" is the lane nearest the target, "far" the one nearest the junctions; dir says which way is which.
        double near = edge - dir * LinkRouter.HEAD_ROOM;
        double far = dir < 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        for (int i : group) {
            Rect junction = junctions[i];
            double reach = LinkRouter.MARK_REACH * junction.height() / 2 + LinkRouter.LANE_GAP / 2;
            far = dir < 0 ? Math.min(far, junction.centreY() - reach) : Math.max(far, junction.centreY() + reach);
            minX = Math.min(minX, Math.min(junction.centreX(), arrivals[i].x()));
            maxX = Math.max(maxX, Math.max(junction.centreX(), arrivals[i].x()));
        }
        double[] clear = {near};
        double farEnd = far;
        double fromX = minX;
        double toX = maxX;
        // Strictly inside the band: a query touching the row's bottom edge would visit every box
        // of an even row along a long fan.
        obstacles.forEachIn(fromX, Math.min(edge, farEnd) + LinkRouter.EDGE_SLACK, toX, Math.max(edge, farEnd) - LinkRouter.EDGE_SLACK, b -> {
            Rect other = boxes[b];
            // Only boxes that hang into the band from the target's side: one standing in a row
            // between is passed around by the route, and the lanes stay beyond it.
            boolean fromTargetSide = dir < 0 ? other.y() < edge : other.maxY() > edge;
            if (b != target && fromTargetSide && other.x() < toX && other.maxX() > fromX) {
                double beyond = dir < 0 ? other.maxY() + LinkRouter.CLEARANCE : other.y() - LinkRouter.CLEARANCE;
                boolean hangsIntoBand = dir < 0 ? beyond > clear[0] && beyond < farEnd : beyond < clear[0] && beyond > farEnd;
                if (hangsIntoBand) {
                    clear[0] = beyond;
                }
            }
        });
        near = clear[0];
        group.sort((a, b) -> Double.compare(Math.abs(junctions[b].centreX() - arrivals[b].x()),
                Math.abs(junctions[a].centreX() - arrivals[a].x())));
        int m = group.size();
        double room = (far - near) * -dir;
        double gap = m == 1 ? 0 : room > 0 ? Math.min(LinkRouter.LANE_GAP, room / (m - 1)) : LinkRouter.LANE_GAP;
        double middle = room > 0 ? (near + far) / 2 : far;
        double first = middle + dir * gap * (m - 1) / 2;
        for (int k = 0; k < m; k++) {
            // k = 0 is the farthest source: its lane is nearest the target.
            lanes[group.get(k)] = first - dir * gap * k;
        }
    }
}
