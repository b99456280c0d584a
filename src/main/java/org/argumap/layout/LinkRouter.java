package org.argumap.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Routes each inference's lines once boxes, junctions and arrival points are placed: up (or
 * down) from the junction, across, and into the target, in horizontal and vertical pieces that
 * the painter rounds off at the corners, around every box that is not the link's own.
 *
 * <p>Arrows into one side of a box cross over in lanes ({@link Lanes}), so that arrows coming
 * together neither overlap nor cross on their way in. Where a box stands in the
 * way (an arrow from two rows down, past a box in the row between), the line goes up to just
 * short of it, aside to the gap beside it, and on from there.
 *
 * <p>Each line costs a few queries of a spatial index of the boxes: linear in the map, give or
 * take a logarithm.
 */
final class LinkRouter {
    /** How far apart arrows crossing over to one box run. */
    static final double LANE_GAP = 12;
    /** The straight run an arrow keeps before the box it enters, for its head. */
    static final double HEAD_ROOM = 30;
    /** How far lines keep from boxes they pass. */
    static final double CLEARANCE = 10;
    /** How far lanes keep from the centre of a junction, in its radii, so none runs under a mark. */
    static final double MARK_REACH = ArrowSpacing.MARK_REACH;
    /** A line's half thickness, as far as passing a box goes. */
    private static final double HALF_LINE = 1;
    /** How far inside its ends a query stops, so boxes a line only touches are not even visited. */
    static final double EDGE_SLACK = 0.25;
    /** How far off the edge of a box in the way a line passes it, where the gap beside allows. */
    private static final double PASSING_OFFSET = 3 * CLEARANCE;
    /** How far to look for the box beside one in the way, to pass between the two. */
    private static final double NEIGHBOUR_REACH = 400;
    private static final int MAX_DETOURS = 8;
    /** The most boxes between a long link's ends that {@link #freeLane} looks at. */
    private static final int MAX_BAND = 400;

    private final LayoutInput input;
    private final Rect[] boxes;
    private final Rect[] junctions;
    private final Point[] arrivals;
    private final double[] departureX;
    private final SpatialIndex obstacles;
    /** Links routed elsewhere (stacked leaves'), or null. */
    private final IntPredicate routedElsewhere;

    /**
     * @param boxes      statements' rectangles by input node (null for inferences)
     * @param junctions  inferences' junction rectangles by input node (null for statements)
     * @param arrivals   where each inference's arrow ends
     * @param departureX where each single-premise inference's line leaves its premise
     */
    LinkRouter(LayoutInput input, Rect[] boxes, Rect[] junctions, Point[] arrivals, double[] departureX) {
        this(input, boxes, junctions, arrivals, departureX, null);
    }

    /** @param routedElsewhere the inferences this router leaves alone (stacked leaves' links), or null */
    LinkRouter(LayoutInput input, Rect[] boxes, Rect[] junctions, Point[] arrivals, double[] departureX,
               IntPredicate routedElsewhere) {
        this.routedElsewhere = routedElsewhere;
        this.input = input;
        this.boxes = boxes;
        this.junctions = junctions;
        this.arrivals = arrivals;
        this.departureX = departureX;
        this.obstacles = SpatialIndex.ofArray(boxes);
    }

    /** A route for every inference, by input node (null for statements). */
    LinkRoute[] routes() {
        double[] lanes = Lanes.of(input, boxes, junctions, arrivals, obstacles, routedElsewhere);
        LinkRoute[] routes = new LinkRoute[input.size()];
        for (int i = 0; i < input.size(); i++) {
            if (!input.isStatement(i) && junctions[i] != null && (routedElsewhere == null || !routedElsewhere.test(i))) {
                IntPredicate own = ownBoxes(i);
                // Most links have no other box anywhere near their plain route: one query says so.
                IntPredicate inTheWay = crowded(i, own) ? own.negate() : null;
                routes[i] = new LinkRoute(feed(i, inTheWay), arrow(i, lanes[i], inTheWay));
            }
        }
        return routes;
    }

    /**
     * Whether a box that is not the link's own touches the area its lines span: from its
     * premises' edges through its junction to its arrival, lanes included (they lie between).
     */
    private boolean crowded(int inference, IntPredicate own) {
        Rect junction = junctions[inference];
        double left = junction.centreX();
        double right = left;
        double top = junction.centreY();
        double bottom = top;
        Point arrival = arrivals[inference];
        if (arrival != null) {
            left = Math.min(left, arrival.x());
            right = Math.max(right, arrival.x());
            top = Math.min(top, arrival.y());
            bottom = Math.max(bottom, arrival.y());
        }
        for (int k = 0; k < input.premiseCount(inference); k++) {
            Rect premise = boxes[input.premise(inference, k)];
            double x = input.premiseCount(inference) == 1 ? departureX[inference] : premise.centreX();
            left = Math.min(left, x);
            right = Math.max(right, x);
            // The premise's edge toward the junction, where its line leaves, and a bracket's bar beyond it.
            double edge = junction.centreY() < premise.centreY() ? premise.y() : premise.maxY();
            double bar = junction.centreY() < premise.centreY() ? edge - LinkRoute.BRACKET_GAP : edge + LinkRoute.BRACKET_GAP;
            top = Math.min(top, Math.min(edge, bar));
            bottom = Math.max(bottom, Math.max(edge, bar));
        }
        double x0 = left - HALF_LINE;
        double x1 = right + HALF_LINE;
        double y0 = top + EDGE_SLACK;
        double y1 = bottom - EDGE_SLACK;
        if (y0 >= y1) {
            return false;
        }
        return obstacles.anyIn(x0, y0, x1, y1, b -> {
            Rect box = boxes[b];
            return !own.test(b) && box.x() < x1 && box.maxX() > x0 && box.y() < y1 && box.maxY() > y0;
        });
    }

    /**
     * From the premise (or the bracket over linked premises) to the junction's centre.
     *
     * @param inTheWay the boxes the line must go round; null when none is near
     */
    private Route feed(int inference, IntPredicate inTheWay) {
        int count = input.premiseCount(inference);
        if (count == 0 || isBeside(inference)) {
            return null;
        }
        Rect junction = junctions[inference];
        Point end = new Point(junction.centreX(), junction.centreY());
        Point start;
        int dir;
        if (count == 1) {
            Rect premise = boxes[input.premise(inference, 0)];
            dir = end.y() < premise.centreY() ? -1 : 1;
            start = new Point(departureX[inference], dir < 0 ? premise.y() : premise.maxY());
        } else {
            double top = Double.POSITIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            double left = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            double middle = 0;
            for (int k = 0; k < count; k++) {
                Rect premise = boxes[input.premise(inference, k)];
                top = Math.min(top, premise.y());
                bottom = Math.max(bottom, premise.maxY());
                left = Math.min(left, premise.centreX());
                right = Math.max(right, premise.centreX());
                middle += premise.centreY() / count;
            }
            dir = end.y() < middle ? -1 : 1;
            double bar = dir < 0 ? top - LinkRoute.BRACKET_GAP : bottom + LinkRoute.BRACKET_GAP;
            start = new Point(Math.max(left, Math.min(right, end.x())), bar);
        }
        return Route.of(route(start, end, (start.y() + end.y()) / 2, dir, inTheWay));
    }

    /** From the junction's centre to the arrival: through its lane into a box, or onto the junction it undercuts. */
    private Route arrow(int inference, double assignedLane, IntPredicate inTheWay) {
        Rect junction = junctions[inference];
        Point arrival = arrivals[inference];
        if (arrival == null) {
            return null;
        }
        Point start = new Point(junction.centreX(), junction.centreY());
        int target = input.target(inference);
        boolean undercut = !input.isStatement(target);
        if (!undercut && isBeside(inference)) {
            return null;
        }
        int dir = arrival.y() < start.y() ? -1 : 1;
        Route routed = undercut ? undercut(start, arrival, junctions[target])
                : arrowFrom(start, arrival, assignedLane, dir, inTheWay);
        if (inTheWay != null && crossesAny(routed, inTheWay)) {
            // Lanes and detours meant for neighbours can fail a link from far off: straight to a clear height instead.
            double free = freeLane(start.x(), start.y(), arrival, arrival.y() - dir * (HEAD_ROOM + LANE_GAP), dir, inTheWay);
            if (!Double.isNaN(free)) {
                return Route.of(start, new Point(start.x(), free), new Point(arrival.x(), free), arrival);
            }
            Route around = around(start, arrival, dir, inTheWay);
            if (around != null) {
                return around;
            }
        }
        return routed;
    }

    private Route arrowFrom(Point start, Point arrival, double assignedLane, int dir, IntPredicate inTheWay) {
        double lane = assignedLane;
        if (Double.isNaN(lane)) {
            // Straight in, needing no lane unless it must go round a box: then cross over near the target.
            lane = arrival.y() - dir * (HEAD_ROOM + LANE_GAP);
            if ((lane - start.y()) * dir <= 0) {
                lane = (start.y() + arrival.y()) / 2;
            }
        }
        return Route.of(route(start, arrival, lane, dir, inTheWay));
    }

    /**
     * Onto the attacked step's junction from the side when the two are apart, so it reads as an
     * arrow onto the arrow; from below or above when they are nearly aligned.
     */
    private static Route undercut(Point start, Point arrival, Rect attacked) {
        if (Math.abs(arrival.x() - start.x()) > 1.5 * attacked.width()) {
            return Route.of(start, new Point(start.x(), arrival.y()), arrival);
        }
        double middle = (start.y() + arrival.y()) / 2;
        if (Math.abs(arrival.x() - start.x()) < 0.5) {
            return Route.of(start, arrival);
        }
        return Route.of(start, new Point(start.x(), middle), new Point(arrival.x(), middle), arrival);
    }

    /** Whether the premises share height with the target statement: the line runs sideways, drawn as it comes. */
    private boolean isBeside(int inference) {
        Point arrival = arrivals[inference];
        int target = input.target(inference);
        if (arrival == null || !input.isStatement(target)) {
            return false;
        }
        Rect box = boxes[target];
        return arrival.y() > box.y() + 0.5 && arrival.y() < box.maxY() - 0.5;
    }

    /** The boxes a link may touch: its premises and the statement it bears on. */
    private IntPredicate ownBoxes(int inference) {
        int target = input.target(inference);
        int count = input.premiseCount(inference);
        return node -> {
            if (node == target) {
                return true;
            }
            for (int k = 0; k < count; k++) {
                if (input.premise(inference, k) == node) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * A path from {@code start} to {@code end}, travelling in {@code dir} (-1 up, +1 down) and
     * entering {@code end} along that direction: on to the lane, across, and in. A box in the way
     * of the first stretch is passed through the gap beside it; a box across the lane moves the
     * lane clear of it.
     */
    private List<Point> route(Point start, Point end, double lane, int dir, IntPredicate inTheWay) {
        List<Point> points = new ArrayList<>();
        points.add(start);
        double x = start.x();
        double y = start.y();
        for (int detour = 0; detour <= MAX_DETOURS; detour++) {
            boolean straight = Math.abs(x - end.x()) < 0.5;
            Rect blocker = firstOnVertical(x, y, straight ? end.y() : lane, dir, inTheWay);
            if (blocker == null) {
                if (straight) {
                    break;
                }
                Rect across = worstOnHorizontal(lane, x, end.x(), dir, inTheWay);
                if (across == null) {
                    across = firstOnVertical(end.x(), lane, end.y(), dir, inTheWay);
                }
                if (across == null) {
                    break;
                }
                // A long way across (a statement used in a second place, far off): the height
                // nearest the lane at which across and both ends are clear, if there is one.
                double free = freeLane(x, y, end, lane, dir, inTheWay);
                if (!Double.isNaN(free)) {
                    lane = free;
                    break;
                }
                // Cross over short of the box in the way, or else beyond it, still short of the end.
                double before = dir < 0 ? across.maxY() + CLEARANCE : across.y() - CLEARANCE;
                double beyond = dir < 0 ? across.y() - CLEARANCE : across.maxY() + CLEARANCE;
                if ((before - y) * dir > 0 && (before - lane) * dir < 0) {
                    lane = before;
                    continue;
                }
                if ((beyond - lane) * dir > 0 && (end.y() - beyond) * dir > 0) {
                    lane = beyond;
                    continue;
                }
                break;
            }
            double before = dir < 0 ? blocker.maxY() + CLEARANCE : blocker.y() - CLEARANCE;
            if ((before - y) * dir < 0) {
                before = y;
            }
            double aside = besideColumn(blocker, x, end.x());
            add(points, x, before);
            add(points, aside, before);
            x = aside;
            y = before;
            if ((lane - y) * dir <= 0) {
                lane = (y + end.y()) / 2;
            }
        }
        if (Math.abs(x - end.x()) >= 0.5) {
            add(points, x, lane);
            add(points, end.x(), lane);
        }
        add(points, end.x(), end.y());
        return points;
    }

    /**
     * A height between {@code y} and the room for the head at {@code end} at which the line can
     * run from x across to the end's x, with the pieces up (or down) to it and on into the end
     * clear of every box in the way; NaN when there is none (or too many boxes to try). Tries the
     * heights just clear of each box in the band, nearest the wanted lane first.
     */
    private double freeLane(double x, double y, Point end, double lane, int dir, IntPredicate inTheWay) {
        double near = end.y() - dir * HEAD_ROOM;
        if ((y - near) * dir >= 0) {
            return Double.NaN;
        }
        double left = Math.min(x, end.x()) - HALF_LINE;
        double right = Math.max(x, end.x()) + HALF_LINE;
        double top = Math.min(y, end.y());
        double bottom = Math.max(y, end.y());
        List<Rect> band = new ArrayList<>();
        obstacles.forEachIn(left, top + EDGE_SLACK, right, bottom - EDGE_SLACK, b -> {
            Rect box = boxes[b];
            if (inTheWay.test(b) && band.size() <= MAX_BAND && box.x() < right && box.maxX() > left
                    && box.y() < bottom && box.maxY() > top) {
                band.add(box);
            }
        });
        if (band.size() > MAX_BAND) {
            return Double.NaN;
        }
        List<Double> candidates = new ArrayList<>();
        candidates.add(lane);
        candidates.add(near);
        for (Rect box : band) {
            candidates.add(box.y() - CLEARANCE);
            candidates.add(box.maxY() + CLEARANCE);
        }
        candidates.sort((a, b) -> Double.compare(Math.abs(a - lane), Math.abs(b - lane)));
        for (double candidate : candidates) {
            if ((candidate - y) * dir < 0 || (near - candidate) * dir < 0) {
                continue;
            }
            if (isClear(band, x, y, x, candidate) && isClear(band, x, candidate, end.x(), candidate)
                    && isClear(band, end.x(), candidate, end.x(), end.y())) {
                return candidate;
            }
        }
        return Double.NaN;
    }

    /**
     * Where no one height takes a link across (boxes in the way at both ends' columns): out
     * along a clear height near the start, up (or down) a clear column, and along a clear height
     * near the end into it; the shortest such way among the gaps beside the boxes between them.
     * Null when none is found among a bounded number of boxes.
     */
    private Route around(Point start, Point end, int dir, IntPredicate inTheWay) {
        double left = Math.min(start.x(), end.x()) - NEIGHBOUR_REACH;
        double right = Math.max(start.x(), end.x()) + NEIGHBOUR_REACH;
        double top = Math.min(start.y(), end.y());
        double bottom = Math.max(start.y(), end.y());
        List<Rect> band = new ArrayList<>();
        obstacles.forEachIn(left, top - NEIGHBOUR_REACH, right, bottom + NEIGHBOUR_REACH, b -> {
            if (inTheWay.test(b) && band.size() <= MAX_BAND) {
                band.add(boxes[b]);
            }
        });
        if (band.size() > MAX_BAND) {
            return null;
        }
        double near = end.y() - dir * HEAD_ROOM;
        List<Double> heights = new ArrayList<>();
        heights.add(start.y());
        heights.add(near);
        List<Double> columns = new ArrayList<>();
        for (Rect box : band) {
            heights.add(box.y() - CLEARANCE);
            heights.add(box.maxY() + CLEARANCE);
            columns.add(box.x() - CLEARANCE);
            columns.add(box.maxX() + CLEARANCE);
        }
        List<Double> outward = new ArrayList<>();
        List<Double> inward = new ArrayList<>();
        for (double h : heights) {
            boolean between = (h - start.y()) * dir >= 0 && (near - h) * dir >= 0;
            if (between && isClear(band, start.x(), start.y(), start.x(), h)) {
                outward.add(h);
            }
            if (between && isClear(band, end.x(), h, end.x(), end.y())) {
                inward.add(h);
            }
        }
        outward.sort((a, b) -> Double.compare(Math.abs(a - start.y()), Math.abs(b - start.y())));
        inward.sort((a, b) -> Double.compare(Math.abs(a - near), Math.abs(b - near)));
        columns.sort((a, b) -> Double.compare(Math.abs(a - start.x()) + Math.abs(a - end.x()),
                Math.abs(b - start.x()) + Math.abs(b - end.x())));
        int tried = 0;
        for (double x : columns) {
            for (int i = 0; i < Math.min(4, outward.size()); i++) {
                double out = outward.get(i);
                if (!isClear(band, start.x(), out, x, out)) {
                    continue;
                }
                for (int j = 0; j < Math.min(4, inward.size()); j++) {
                    double in = inward.get(j);
                    if (isClear(band, x, out, x, in) && isClear(band, x, in, end.x(), in)) {
                        return Route.of(start, new Point(start.x(), out), new Point(x, out), new Point(x, in),
                                new Point(end.x(), in), end);
                    }
                }
            }
            if (++tried >= MAX_BAND) {
                break;
            }
        }
        return null;
    }

    /** Whether the horizontal or vertical piece keeps out of every one of these boxes. */
    private static boolean isClear(List<Rect> band, double x0, double y0, double x1, double y1) {
        double left = Math.min(x0, x1) - HALF_LINE;
        double right = Math.max(x0, x1) + HALF_LINE;
        double top = Math.min(y0, y1) - HALF_LINE;
        double bottom = Math.max(y0, y1) + HALF_LINE;
        for (Rect box : band) {
            if (box.x() < right && box.maxX() > left && box.y() < bottom && box.maxY() > top) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Point> points, double x, double y) {
        Point last = points.get(points.size() - 1);
        if (Math.abs(last.x() - x) > 1e-9 || Math.abs(last.y() - y) > 1e-9) {
            points.add(new Point(x, y));
        }
    }

    /** Whether a piece of the route passes through a box in the way. */
    private boolean crossesAny(Route route, IntPredicate inTheWay) {
        for (int k = 0; k + 1 < route.size(); k++) {
            double x0 = Math.min(route.x(k), route.x(k + 1));
            double x1 = Math.max(route.x(k), route.x(k + 1));
            double y0 = Math.min(route.y(k), route.y(k + 1));
            double y1 = Math.max(route.y(k), route.y(k + 1));
            boolean crossed = obstacles.anyIn(x0 - HALF_LINE, y0 - HALF_LINE, x1 + HALF_LINE, y1 + HALF_LINE, b -> {
                Rect box = boxes[b];
                return inTheWay.test(b) && box.x() + EDGE_SLACK < x1 + HALF_LINE && box.maxX() - EDGE_SLACK > x0 - HALF_LINE
                        && box.y() + EDGE_SLACK < y1 + HALF_LINE && box.maxY() - EDGE_SLACK > y0 - HALF_LINE;
            });
            if (crossed) {
                return true;
            }
        }
        return false;
    }

    /** The first box (going in {@code dir}) that the vertical line at x from y0 to y1 passes through. */
    private Rect firstOnVertical(double x, double y0, double y1, int dir, IntPredicate inTheWay) {
        if (inTheWay == null) {
            return null;
        }
        double top = Math.min(y0, y1);
        double bottom = Math.max(y0, y1);
        Rect[] first = {null};
        obstacles.forEachIn(x - HALF_LINE, top + EDGE_SLACK, x + HALF_LINE, bottom - EDGE_SLACK, b -> {
            Rect box = boxes[b];
            if (inTheWay.test(b) && box.x() < x + HALF_LINE && box.maxX() > x - HALF_LINE && box.y() < bottom
                    && box.maxY() > top && (first[0] == null || (dir < 0 ? box.maxY() > first[0].maxY()
                    : box.y() < first[0].y()))) {
                first[0] = box;
            }
        });
        return first[0];
    }

    /** Of the boxes the horizontal line at y passes through, the one reaching farthest back toward the start. */
    private Rect worstOnHorizontal(double y, double x0, double x1, int dir, IntPredicate inTheWay) {
        if (inTheWay == null) {
            return null;
        }
        double left = Math.min(x0, x1);
        double right = Math.max(x0, x1);
        Rect[] worst = {null};
        obstacles.forEachIn(left, y - HALF_LINE, right, y + HALF_LINE, b -> {
            Rect box = boxes[b];
            if (inTheWay.test(b) && box.x() < right && box.maxX() > left && box.y() < y + HALF_LINE
                    && box.maxY() > y - HALF_LINE && (worst[0] == null || (dir < 0 ? box.maxY() > worst[0].maxY()
                    : box.y() < worst[0].y()))) {
                worst[0] = box;
            }
        });
        return worst[0];
    }

    /**
     * Where to pass a box in the way: beside it, in the middle of the gap to its neighbour in the
     * row (or a little off its edge where the gap is wide), on the side that makes the shorter way
     * from {@code fromX} round it to {@code towardX}.
     */
    private double besideColumn(Rect blocker, double fromX, double towardX) {
        double[] leftNeighbour = {Double.NEGATIVE_INFINITY};
        double[] rightNeighbour = {Double.POSITIVE_INFINITY};
        obstacles.forEachIn(blocker.x() - NEIGHBOUR_REACH, blocker.y(), blocker.maxX() + NEIGHBOUR_REACH,
                blocker.maxY(), b -> {
                    Rect box = boxes[b];
                    if (box.maxY() <= blocker.y() || box.y() >= blocker.maxY()) {
                        return;
                    }
                    if (box.maxX() <= blocker.x() + 1e-9) {
                        leftNeighbour[0] = Math.max(leftNeighbour[0], box.maxX());
                    } else if (box.x() >= blocker.maxX() - 1e-9) {
                        rightNeighbour[0] = Math.min(rightNeighbour[0], box.x());
                    }
                });
        double left = blocker.x() - Math.min(PASSING_OFFSET, (blocker.x() - leftNeighbour[0]) / 2);
        double right = blocker.maxX() + Math.min(PASSING_OFFSET, (rightNeighbour[0] - blocker.maxX()) / 2);
        double viaLeft = Math.abs(fromX - left) + Math.abs(left - towardX);
        double viaRight = Math.abs(fromX - right) + Math.abs(right - towardX);
        return viaLeft <= viaRight ? left : right;
    }
}
