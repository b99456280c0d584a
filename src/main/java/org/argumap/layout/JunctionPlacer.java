package org.argumap.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;

/**
 * Places what connects the boxes once the boxes are placed: where each inference's arrow meets
 * its target, and its junction halfway between its premises and that point.
 *
 * <p>Arrows into one box land at points spread evenly along its edge, in the left-to-right order
 * of their premises, so that seven reasons under a claim do not all meet at one corner. An
 * undercut aims at the junction of the inference it attacks, so those are placed first; chains
 * of undercuts are followed with a stack, not recursion.
 */
final class JunctionPlacer {
    /** How far from a box's corner an arrow may land, so it visibly meets the box, not its corner. */
    private static final double EDGE_INSET = 24;

    private final ArgumentMap map;
    private final Map<String, Rect> statementRects;
    private final BoxSizes sizes;
    private final double verticalGap;
    private final Map<Inference, Rect> placed = new HashMap<>();
    private final Map<Inference, Point> arrivals = new HashMap<>();

    JunctionPlacer(ArgumentMap map, Map<String, Rect> statementRects, BoxSizes sizes, double verticalGap) {
        this.map = map;
        this.statementRects = statementRects;
        this.sizes = sizes;
        this.verticalGap = verticalGap;
    }

    /** The junction's rectangle; afterwards {@link #arrivalOf(Inference)} knows where its arrow ends. */
    Rect place(Inference inference) {
        Deque<Inference> chain = new ArrayDeque<>();
        for (MapNode step = inference; step instanceof Inference current && !placed.containsKey(current);
                step = current.target()) {
            chain.push(current);
        }
        while (!chain.isEmpty()) {
            Inference next = chain.pop();
            Point centre = centre(next);
            placed.put(next, Rect.centredAt(centre.x(), centre.y(), TreeLayout.sizeOf(sizes, next)));
        }
        return placed.get(inference);
    }

    Point arrivalOf(Inference inference) {
        return arrivals.get(inference);
    }

    private Point centre(Inference inference) {
        Point arrival = arrival(inference);
        Position position = inference.position();
        if (position != null) {
            return new Point(position.x(), position.y());
        }
        List<Rect> premises = premiseRects(inference);
        if (premises.isEmpty()) {
            return new Point(arrival.x(), arrival.y() + verticalGap / 2);
        }
        double premiseX = premises.stream().mapToDouble(Rect::centreX).average().orElseThrow();
        if (inference.target() instanceof Statement target && isBeside(premises, statementRects.get(target.id()))) {
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

    private Point arrival(Inference inference) {
        if (inference.target() instanceof Inference attacked) {
            Rect junction = placed.get(attacked);
            Point point = new Point(junction.centreX(), junction.centreY());
            arrivals.put(inference, point);
            return point;
        }
        if (!arrivals.containsKey(inference)) {
            spreadArrivalsOn((Statement) inference.target());
        }
        return arrivals.get(inference);
    }

    /**
     * Arrows from below land on the bottom edge, those from above on the top edge, each spread
     * evenly; an arrow from a box beside the target (in the same row) lands on its side, halfway
     * down the rows' overlap.
     */
    private void spreadArrivalsOn(Statement target) {
        Rect box = statementRects.get(target.id());
        List<Inference> fromBelow = new ArrayList<>();
        List<Inference> fromAbove = new ArrayList<>();
        for (Inference incoming : map.inferencesInto(target)) {
            List<Rect> premises = premiseRects(incoming);
            if (isBeside(premises, box)) {
                double top = Math.max(box.y(), premises.stream().mapToDouble(Rect::y).min().orElseThrow());
                double bottom = Math.min(box.maxY(), premises.stream().mapToDouble(Rect::maxY).max().orElseThrow());
                boolean fromLeft = premises.stream().mapToDouble(Rect::centreX).average().orElseThrow() < box.centreX();
                arrivals.put(incoming, new Point(fromLeft ? box.x() : box.maxX(), (top + bottom) / 2));
            } else {
                (premises.isEmpty() || isBelow(premises, box.centreY()) ? fromBelow : fromAbove).add(incoming);
            }
        }
        spread(fromBelow, box, box.maxY());
        spread(fromAbove, box, box.y());
    }

    private void spread(List<Inference> incoming, Rect box, double y) {
        double inset = Math.min(EDGE_INSET, box.width() / 2);
        double usable = box.width() - 2 * inset;
        Map<Inference, Double> premiseX = new HashMap<>();
        for (Inference inference : incoming) {
            premiseX.put(inference, premiseRects(inference).stream().mapToDouble(Rect::centreX).average()
                    .orElse(box.centreX()));
        }
        List<Inference> leftToRight = new ArrayList<>(incoming);
        leftToRight.sort(Comparator.comparingDouble(premiseX::get));
        for (int i = 0; i < leftToRight.size(); i++) {
            double x = box.x() + inset + usable * (i + 0.5) / leftToRight.size();
            arrivals.put(leftToRight.get(i), new Point(x, y));
        }
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

    private List<Rect> premiseRects(Inference inference) {
        List<Rect> rects = new ArrayList<>(inference.premises().size());
        for (Statement premise : inference.premises()) {
            rects.add(statementRects.get(premise.id()));
        }
        return rects;
    }
}
