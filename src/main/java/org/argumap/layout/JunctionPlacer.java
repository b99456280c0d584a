package org.argumap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places what connects the boxes once the boxes are placed: each inference's junction, where its
 * arrow meets its target, and the route of its lines ({@link LinkRouter}).
 *
 * <p>A junction stands just above its premise (above the bracket over linked premises), so the
 * premise's line to it is a short straight stem and the junctions of a row stand in line; where a
 * premise serves several inferences, their lines leave it side by side. Arrows into one box land
 * {@link ArrowSpacing#MIN_GAP} apart or more, each as near as it can to where it comes from, in
 * the left-to-right order of their junctions. An undercut aims at the junction of the inference it
 * attacks, so those are placed first; chains of undercuts are followed with a stack, not recursion.
 */
final class JunctionPlacer {
    /**
     * How far a junction's centre stands above the top of its premise (below its bottom when the
     * target is below): far enough that its mark, which grows far out, stays off the box.
     */
    static final double RISE = 32;
    /** How far apart the junctions over one premise stand, as their marks grow far out to some 60 units. */
    static final double DEPARTURE_GAP = 64;

    private final LayoutInput input;
    private final Rect[] boxes;
    private final Point[] suggested;
    private final double verticalGap;
    private final Rect[] placed;
    private final Point[] arrivals;
    /** For an inference with one premise, where its line leaves the premise; NaN for the others. */
    private final double[] departureX;
    /** The links of leaves stacked in columns, placed and routed their own way; null when none is. */
    private final StackedLinks stacked;

    /**
     * @param boxes       the statements' rectangles by input node (null for inferences)
     * @param suggested   where a layout that placed junctions itself would put each, or null (for
     *                    one or for all); taken for junctions that do not stand over a single premise
     * @param verticalGap the space between rows, half of which lies under a premise-less junction
     */
    JunctionPlacer(LayoutInput input, Rect[] boxes, Point[] suggested, double verticalGap) {
        this(input, boxes, suggested, verticalGap, null);
    }

    /** @param stacked the links of stacked leaves ({@link LeafStacks}), or null */
    JunctionPlacer(LayoutInput input, Rect[] boxes, Point[] suggested, double verticalGap, StackedLinks stacked) {
        this.stacked = stacked;
        this.input = input;
        this.boxes = boxes;
        this.suggested = suggested;
        this.verticalGap = verticalGap;
        this.placed = new Rect[input.size()];
        this.arrivals = new Point[input.size()];
        this.departureX = new double[input.size()];
    }

    /** Every statement's box and every junction, by id in map order, with where each arrow ends and how it runs. */
    MapGeometry geometry() {
        int n = input.size();
        spreadDepartures();
        for (int i = 0; i < n; i++) {
            if (input.isStatement(i) && input.incomingCount(i) > 0) {
                spreadArrivalsOn(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!input.isStatement(i)) {
                place(i);
            }
        }
        LinkRoute[] routes = new LinkRouter(input, boxes, placed, arrivals, departureX,
                stacked == null ? null : stacked::isStacked).routes();
        if (stacked != null) {
            for (int i = 0; i < n; i++) {
                if (!input.isStatement(i) && stacked.isStacked(i)) {
                    routes[i] = stacked.route(i, boxes, placed[i], arrivals[i]);
                }
            }
        }
        GeometryBuilder result = new GeometryBuilder(n);
        for (int i = 0; i < n; i++) {
            if (input.isStatement(i)) {
                result.put(input.id(i), boxes[i], null, null);
            } else {
                result.put(input.id(i), placed[i], arrivals[i], routes[i]);
            }
        }
        return result.build();
    }

    /**
     * Where lines leave their premises: from the middle, or, for a premise that serves several
     * inferences, side by side along its edge in the order of what they bear on.
     */
    private void spreadDepartures() {
        Map<Integer, List<Integer>> shared = new HashMap<>();
        for (int i = 0; i < input.size(); i++) {
            departureX[i] = Double.NaN;
            if (!input.isStatement(i) && input.premiseCount(i) == 1) {
                int premise = input.premise(i, 0);
                departureX[i] = boxes[premise].centreX();
                if (input.feedCount(premise) > 1) {
                    shared.computeIfAbsent(premise, p -> new ArrayList<>()).add(i);
                }
            }
        }
        shared.forEach((premise, fed) -> {
            Rect box = boxes[premise];
            fed.sort((a, b) -> Double.compare(targetX(a), targetX(b)));
            double[] wanted = new double[fed.size()];
            for (int k = 0; k < wanted.length; k++) {
                wanted[k] = targetX(fed.get(k));
            }
            double inset = Math.min(ArrowSpacing.EDGE_INSET, box.width() / 2);
            double[] x = ArrowSpacing.spread(wanted, box.x() + inset, box.maxX() - inset, DEPARTURE_GAP);
            for (int k = 0; k < x.length; k++) {
                departureX[fed.get(k)] = x[k];
            }
        });
    }

    /** Roughly where an inference's arrow goes, left to right: the box it bears on, or the step it undercuts. */
    private double targetX(int inference) {
        int target = input.target(inference);
        for (int guard = 0; !input.isStatement(target) && guard < input.size(); guard++) {
            if (input.premiseCount(target) > 0) {
                return boxes[input.premise(target, 0)].centreX();
            }
            target = input.target(target);
        }
        return input.isStatement(target) ? boxes[target].centreX() : 0;
    }

    /** The junction's rectangle, placing first the junctions it undercuts. */
    private void place(int inference) {
        List<Integer> chain = new ArrayList<>();
        for (int step = inference; !input.isStatement(step) && placed[step] == null; step = input.target(step)) {
            chain.add(step);
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            int next = chain.get(k);
            Point centre = centre(next);
            placed[next] = Rect.centredAt(centre.x(), centre.y(), new Size(input.width(next), input.height(next)));
        }
    }

    private Point centre(int inference) {
        int target = input.target(inference);
        if (!input.isStatement(target)) {
            Rect attacked = placed[target];
            arrivals[inference] = new Point(attacked.centreX(), attacked.centreY());
        }
        if (input.isPlaced(inference)) {
            return new Point(input.placedX(inference), input.placedY(inference));
        }
        if (stacked != null && stacked.isStacked(inference)) {
            return stacked.junction(inference, boxes);
        }
        Premises premises = premisesOf(inference);
        Point arrival = arrivals[inference];
        boolean beside = input.isStatement(target) && premises.isBeside(boxes[target]);
        // Over its premise when it has one and bears on a statement above or below it; an
        // undercut, or a link beside its target, keeps the layout's place if it made one.
        boolean overPremise = premises.count() == 1 && input.isStatement(target) && !beside;
        if (!overPremise && suggested != null && suggested[inference] != null) {
            return suggested[inference];
        }
        if (premises.count() == 0) {
            return new Point(arrival.x(), arrival.y() + verticalGap / 2);
        }
        if (beside) {
            double fromX = premises.meanX() < arrival.x() ? premises.right() : premises.left();
            return new Point((fromX + arrival.x()) / 2, arrival.y());
        }
        boolean above = premises.meanY() >= arrival.y();
        double x = approachX(inference);
        double rise = premises.count() == 1 ? RISE : LinkRoute.BRACKET_GAP + RISE;
        return new Point(x, above ? premises.top() - rise : premises.bottom() + rise);
    }

    /**
     * Arrows from below land on the bottom edge, those from above on the top edge, spread apart
     * ({@link ArrowSpacing}); an arrow from a box beside the target (in the same row) lands on
     * its side, halfway down the rows' overlap.
     */
    private void spreadArrivalsOn(int target) {
        Rect box = boxes[target];
        List<Integer> fromBelow = new ArrayList<>();
        List<Integer> fromAbove = new ArrayList<>();
        Map<Integer, Integer> blockArrows = null;
        for (int k = 0; k < input.incomingCount(target); k++) {
            int incoming = input.incoming(target, k);
            if (stacked != null && stacked.isInsideEntry(incoming)) {
                arrivals[incoming] = stacked.arrivalInsideEntry(incoming, boxes);
                continue;
            }
            if (stacked != null && stacked.isStacked(incoming)) {
                // A block's links arrive as one arrow, that of its first.
                blockArrows = blockArrows == null ? new HashMap<>() : blockArrows;
                if (blockArrows.putIfAbsent(stacked.blockOf(incoming), incoming) == null) {
                    fromBelow.add(incoming);
                }
                continue;
            }
            Premises premises = premisesOf(incoming);
            if (premises.isBeside(box)) {
                double top = Math.max(box.y(), premises.top());
                double bottom = Math.min(box.maxY(), premises.bottom());
                boolean fromLeft = premises.meanX() < box.centreX();
                arrivals[incoming] = new Point(fromLeft ? box.x() : box.maxX(), (top + bottom) / 2);
            } else {
                (premises.count() == 0 || premises.meanY() >= box.centreY() ? fromBelow : fromAbove).add(incoming);
            }
        }
        spread(fromBelow, box, box.maxY());
        spread(fromAbove, box, box.y());
        if (blockArrows != null) {
            for (int k = 0; k < input.incomingCount(target); k++) {
                int incoming = input.incoming(target, k);
                if (stacked.blockOf(incoming) >= 0) {
                    arrivals[incoming] = arrivals[blockArrows.get(stacked.blockOf(incoming))];
                }
            }
        }
    }

    private void spread(List<Integer> incoming, Rect box, double y) {
        if (incoming.isEmpty()) {
            return;
        }
        incoming.sort((a, b) -> Double.compare(approachX(a), approachX(b)));
        double[] wanted = new double[incoming.size()];
        for (int k = 0; k < wanted.length; k++) {
            wanted[k] = approachX(incoming.get(k));
        }
        double inset = Math.min(ArrowSpacing.EDGE_INSET, box.width() / 2);
        double[] x = ArrowSpacing.spread(wanted, box.x() + inset, box.maxX() - inset, ArrowSpacing.MIN_GAP);
        for (int k = 0; k < x.length; k++) {
            arrivals[incoming.get(k)] = new Point(x[k], y);
        }
    }

    /**
     * Where an inference's junction stands left to right, which is where its arrow comes from:
     * where the user put it, over its premise (or the middle of its linked premises), or, with no
     * premise shown, under its target.
     */
    private double approachX(int inference) {
        if (input.isPlaced(inference)) {
            return input.placedX(inference);
        }
        if (stacked != null && stacked.blockOf(inference) >= 0) {
            return stacked.approachX(stacked.blockOf(inference));
        }
        int count = input.premiseCount(inference);
        if (count == 1 && input.isStatement(input.target(inference))) {
            return departureX[inference];
        }
        if (suggested != null && suggested[inference] != null) {
            return suggested[inference].x();
        }
        if (count == 1) {
            return departureX[inference];
        }
        if (count > 1) {
            return premisesOf(inference).meanX();
        }
        int target = input.target(inference);
        return input.isStatement(target) ? boxes[target].centreX() : targetX(inference);
    }

    /** Where an inference's premises stand together: their extent and their middle. */
    private record Premises(int count, double left, double right, double top, double bottom, double meanX,
                            double meanY) {
        /** Premises that share some height with the target, as in the same row: the arrow runs sideways. */
        boolean isBeside(Rect target) {
            return count > 0 && top < target.maxY() && bottom > target.y();
        }
    }

    private Premises premisesOf(int inference) {
        int count = input.premiseCount(inference);
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        double sumX = 0;
        double sumY = 0;
        for (int k = 0; k < count; k++) {
            Rect premise = boxes[input.premise(inference, k)];
            left = Math.min(left, premise.x());
            right = Math.max(right, premise.maxX());
            top = Math.min(top, premise.y());
            bottom = Math.max(bottom, premise.maxY());
            sumX += premise.centreX();
            sumY += premise.centreY();
        }
        return new Premises(count, left, right, top, bottom, sumX / count, sumY / count);
    }
}
