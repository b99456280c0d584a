package org.argumap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places what connects the boxes once the boxes are placed: where each inference's arrow meets
 * its target, and its junction halfway between its premises and that point (or where a layered
 * layout suggested, when it placed junctions as nodes of their own).
 *
 * <p>Arrows into one box land at points spread evenly along its edge, in the left-to-right order
 * of their premises, so that seven reasons under a claim do not all meet at one corner. An
 * undercut aims at the junction of the inference it attacks, so those are placed first; chains
 * of undercuts are followed with a stack, not recursion.
 */
final class JunctionPlacer {
    /** How far from a box's corner an arrow may land, so it visibly meets the box, not its corner. */
    private static final double EDGE_INSET = 24;

    private final LayoutInput input;
    private final Rect[] boxes;
    private final Point[] suggested;
    private final double verticalGap;
    private final Rect[] placed;
    private final Point[] arrivals;

    /**
     * @param boxes       the statements' rectangles by input node (null for inferences)
     * @param suggested   where a layout would put each junction if the user did not, or null
     *                    (for a junction, or for all) to put it between premises and target
     * @param verticalGap the space between rows, half of which lies under a premise-less junction
     */
    JunctionPlacer(LayoutInput input, Rect[] boxes, Point[] suggested, double verticalGap) {
        this.input = input;
        this.boxes = boxes;
        this.suggested = suggested;
        this.verticalGap = verticalGap;
        this.placed = new Rect[input.size()];
        this.arrivals = new Point[input.size()];
    }

    /** Every statement's box and every junction, by id in map order, with where each arrow ends. */
    MapGeometry geometry() {
        GeometryBuilder result = new GeometryBuilder(input.size());
        for (int i = 0; i < input.size(); i++) {
            if (input.isStatement(i)) {
                result.put(input.id(i), boxes[i], null);
            } else {
                Rect junction = place(i);
                result.put(input.id(i), junction, arrivals[i]);
            }
        }
        return result.build();
    }

    /** The junction's rectangle; afterwards {@link #arrivals} knows where its arrow ends. */
    private Rect place(int inference) {
        List<Integer> chain = new ArrayList<>();
        for (int step = inference; !input.isStatement(step) && placed[step] == null; step = input.target(step)) {
            chain.add(step);
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            int next = chain.get(k);
            Point centre = centre(next);
            placed[next] = Rect.centredAt(centre.x(), centre.y(), new Size(input.width(next), input.height(next)));
        }
        return placed[inference];
    }

    private Point centre(int inference) {
        Point arrival = arrival(inference);
        if (input.isPlaced(inference)) {
            return new Point(input.placedX(inference), input.placedY(inference));
        }
        if (suggested != null && suggested[inference] != null) {
            return suggested[inference];
        }
        List<Rect> premises = premiseRects(inference);
        if (premises.isEmpty()) {
            return new Point(arrival.x(), arrival.y() + verticalGap / 2);
        }
        double premiseX = premises.stream().mapToDouble(Rect::centreX).average().orElseThrow();
        int target = input.target(inference);
        if (input.isStatement(target) && isBeside(premises, boxes[target])) {
            double fromX = premiseX < arrival.x()
                    ? premises.stream().mapToDouble(Rect::maxX).max().orElseThrow()
                    : premises.stream().mapToDouble(Rect::x).min().orElseThrow();
            return new Point((fromX + arrival.x()) / 2, arrival.y());
        }
        double fromY = isBelow(premises, arrival.y())
                ? premises.stream().mapToDouble(Rect::y).min().orElseThrow()
                : premises.stream().mapToDouble(Rect::maxY).max().orElseThrow();
        return new Point((premiseX + arrival.x()) / 2, (fromY + arrival.y()) / 2);
    }

    private Point arrival(int inference) {
        int target = input.target(inference);
        if (!input.isStatement(target)) {
            Rect junction = placed[target];
            arrivals[inference] = new Point(junction.centreX(), junction.centreY());
        } else if (arrivals[inference] == null) {
            spreadArrivalsOn(target);
        }
        return arrivals[inference];
    }

    /**
     * Arrows from below land on the bottom edge, those from above on the top edge, each spread
     * evenly; an arrow from a box beside the target (in the same row) lands on its side, halfway
     * down the rows' overlap.
     */
    private void spreadArrivalsOn(int target) {
        Rect box = boxes[target];
        List<Integer> fromBelow = new ArrayList<>();
        List<Integer> fromAbove = new ArrayList<>();
        for (int k = 0; k < input.incomingCount(target); k++) {
            int incoming = input.incoming(target, k);
            List<Rect> premises = premiseRects(incoming);
            if (isBeside(premises, box)) {
                double top = Math.max(box.y(), premises.stream().mapToDouble(Rect::y).min().orElseThrow());
                double bottom = Math.min(box.maxY(), premises.stream().mapToDouble(Rect::maxY).max().orElseThrow());
                boolean fromLeft = premises.stream().mapToDouble(Rect::centreX).average().orElseThrow() < box.centreX();
                arrivals[incoming] = new Point(fromLeft ? box.x() : box.maxX(), (top + bottom) / 2);
            } else {
                (premises.isEmpty() || isBelow(premises, box.centreY()) ? fromBelow : fromAbove).add(incoming);
            }
        }
        spread(fromBelow, box, box.maxY());
        spread(fromAbove, box, box.y());
    }

    private void spread(List<Integer> incoming, Rect box, double y) {
        if (incoming.isEmpty()) {
            return;
        }
        double inset = Math.min(EDGE_INSET, box.width() / 2);
        double usable = box.width() - 2 * inset;
        List<double[]> keyed = new ArrayList<>(incoming.size());
        for (int inference : incoming) {
            keyed.add(new double[] {approachX(inference, box), inference});
        }
        keyed.sort(Comparator.comparingDouble(pair -> pair[0]));
        for (int i = 0; i < keyed.size(); i++) {
            double x = box.x() + inset + usable * (i + 0.5) / keyed.size();
            arrivals[(int) keyed.get(i)[1]] = new Point(x, y);
        }
    }

    /** Where an arrow comes from, left to right: the suggested junction, else its premises' middle. */
    private double approachX(int inference, Rect target) {
        if (input.isPlaced(inference)) {
            return input.placedX(inference);
        }
        if (suggested != null && suggested[inference] != null) {
            return suggested[inference].x();
        }
        return premiseRects(inference).stream().mapToDouble(Rect::centreX).average().orElse(target.centreX());
    }

    /** Premises that share some height with the target, as in the same row: the arrow runs sideways. */
    private static boolean isBeside(List<Rect> premises, Rect target) {
        if (premises.isEmpty()) {
            return false;
        }
        double top = premises.stream().mapToDouble(Rect::y).min().orElseThrow();
        double bottom = premises.stream().mapToDouble(Rect::maxY).max().orElseThrow();
        return top < target.maxY() && bottom > target.y();
    }

    private static boolean isBelow(List<Rect> premises, double y) {
        return premises.stream().mapToDouble(Rect::centreY).average().orElseThrow() >= y;
    }

    private List<Rect> premiseRects(int inference) {
        int count = input.premiseCount(inference);
        List<Rect> rects = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            rects.add(boxes[input.premise(inference, k)]);
        }
        return rects;
    }
}
