package org.argumap.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.render.BoxStyle;
import org.argumap.render.LaidOutMap;
import org.argumap.render.LinkPainter;
import org.argumap.render.Placement;

/**
 * What lies under the pointer for a drop, in the map at rest: a box, an inference (its junction
 * or any of its lines, as {@link LinkPainter} draws them), or a group of linked co-premises (their
 * boxes and the bracket that joins them). Boxes being dragged are left out through
 * {@code ignored}, so the pointer, which always has the dragged box under it, finds what is
 * beneath. Asks the spatial indexes for the few candidates near the point, never every box.
 */
final class DropTargets {
    /** Points along each curve when measuring how far the pointer is from it. */
    private static final int CURVE_STEPS = 12;

    private final ArgumentMap map;
    private final LaidOutMap rest;
    private final Predicate<String> ignored;

    DropTargets(ArgumentMap map, LaidOutMap rest, Predicate<String> ignored) {
        this.map = map;
        this.rest = rest;
        this.ignored = ignored;
    }

    /** The topmost statement whose box is under this map point and not ignored, or null. */
    String statementAt(double x, double y) {
        List<String> under = rest.statementsIn(new Rect(x, y, 0, 0));
        for (int i = under.size() - 1; i >= 0; i--) {
            String id = under.get(i);
            if (!ignored.test(id) && rest.rectOf(id).contains(x, y)) {
                return id;
            }
        }
        return null;
    }

    /** The inference whose junction or lines pass nearest this map point, within {@code reach}; null for none. */
    String inferenceAt(double x, double y, double reach) {
        String nearest = null;
        double best = reach;
        for (String id : rest.inferencesIn(new Rect(x - reach, y - reach, 2 * reach, 2 * reach))) {
            Inference inference = map.inference(id);
            if (inference == null || ignored.test(id)) {
                continue;
            }
            double distance = distanceTo(inference, x, y);
            if (distance <= best) {
                best = distance;
                nearest = id;
            }
        }
        return nearest;
    }

    /**
     * The inference with two or more premises whose group the point is in: over one of its premise
     * boxes, or within {@code reach} of the frame around them and their bracket without being over
     * another box. Groups with a premise that is ignored (carried along by the drag) are skipped.
     */
    String groupAt(double x, double y, double reach) {
        String box = statementAt(x, y);
        if (box != null) {
            for (Inference inference : map.inferencesFrom(map.statement(box))) {
                if (isGroup(inference)) {
                    return inference.id();
                }
            }
            return null;
        }
        List<String> near = rest.inferencesIn(new Rect(x - reach, y - reach, 2 * reach, 2 * reach));
        for (int i = near.size() - 1; i >= 0; i--) {
            Inference inference = map.inference(near.get(i));
            if (inference != null && isGroup(inference) && groupFrame(rest, inference).expanded(reach).contains(x, y)) {
                return inference.id();
            }
        }
        return null;
    }

    private boolean isGroup(Inference inference) {
        if (inference.premises().size() < 2 || rest.rectOf(inference.id()) == null || ignored.test(inference.id())) {
            return false;
        }
        for (Statement premise : inference.premises()) {
            if (ignored.test(premise.id()) || rest.rectOf(premise.id()) == null) {
                return false;
            }
        }
        return true;
    }

    /** The area of a group of co-premises: their boxes and the bracket that joins them; null if not shown. */
    static Rect groupFrame(Placement placement, Inference group) {
        Rect junction = placement.rectOf(group.id());
        Rect frame = null;
        for (Statement premise : group.premises()) {
            Rect rect = placement.rectOf(premise.id());
            if (rect != null) {
                frame = frame == null ? rect : frame.union(rect);
            }
        }
        if (frame == null || junction == null) {
            return frame;
        }
        boolean below = frame.centreY() > junction.centreY();
        double barY = below ? frame.y() - LinkPainter.BRACKET_GAP : frame.maxY() + LinkPainter.BRACKET_GAP;
        return frame.union(new Rect(frame.x(), barY, 0, 0));
    }

    /** How far the point is from the inference's drawing: its junction mark, its lines and its arrow. */
    double distanceTo(Inference inference, double x, double y) {
        Rect junction = rest.rectOf(inference.id());
        if (junction == null) {
            return Double.POSITIVE_INFINITY;
        }
        double jx = junction.centreX();
        double jy = junction.centreY();
        double best = Math.max(0, Math.hypot(x - jx, y - jy) - junction.width() / 2);
        for (double[] curve : curvesOf(inference, jx, jy)) {
            best = Math.min(best, distanceToCurve(curve, x, y));
        }
        return best;
    }

    /**
     * The inference's lines as cubic curves {x1, y1, c1x, c1y, c2x, c2y, x2, y2} (straight lines
     * have their control points on them), in the shapes {@link LinkPainter} draws.
     */
    private List<double[]> curvesOf(Inference inference, double jx, double jy) {
        List<double[]> curves = new ArrayList<>();
        List<Rect> premises = new ArrayList<>();
        for (Statement premise : inference.premises()) {
            Rect rect = rest.rectOf(premise.id());
            if (rect != null) {
                premises.add(rect);
            }
        }
        Point arrival = rest.arrivalOf(inference.id());
        Rect target = rest.rectOf(inference.target().id());
        boolean sideways = inference.target() instanceof Statement && arrival != null && target != null
                && arrival.y() > target.y() + 0.5 && arrival.y() < target.maxY() - 0.5;
        if (sideways) {
            for (Rect premise : premises) {
                double startX = premise.centreX() < arrival.x() ? premise.maxX() : premise.x();
                double startY = Math.max(premise.y() + BoxStyle.CORNER, Math.min(premise.maxY() - BoxStyle.CORNER, jy));
                double midX = (startX + jx) / 2;
                curves.add(new double[] {startX, startY, midX, startY, midX, jy, jx, jy});
            }
        } else if (premises.size() == 1) {
            Rect premise = premises.get(0);
            curves.add(vertical(premise.centreX(), premise.centreY() > jy ? premise.y() : premise.maxY(), jx, jy));
        } else if (premises.size() > 1) {
            Rect frame = groupFrame(rest, inference);
            boolean below = frame.centreY() > jy;
            double barY = below ? frame.y() : frame.maxY();
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            for (Rect premise : premises) {
                curves.add(line(premise.centreX(), below ? premise.y() : premise.maxY(), premise.centreX(), barY));
                left = Math.min(left, premise.centreX());
                right = Math.max(right, premise.centreX());
            }
            curves.add(line(left, barY, right, barY));
            curves.add(vertical(Math.max(left, Math.min(right, jx)), barY, jx, jy));
        }
        if (inference.target() instanceof Inference) {
            if (target != null) {
                curves.add(ontoJunction(jx, jy, target));
            }
        } else if (arrival != null) {
            if (sideways) {
                double midX = (jx + arrival.x()) / 2;
                curves.add(new double[] {jx, jy, midX, jy, midX, arrival.y(), arrival.x(), arrival.y()});
            } else {
                double midY = (jy + arrival.y()) / 2;
                curves.add(new double[] {jx, jy, jx, midY, arrival.x(), midY, arrival.x(), arrival.y()});
            }
        }
        return curves;
    }

    /** An undercut's arrow, as {@link LinkPainter} draws it: from the side when it can, else from below or above. */
    private static double[] ontoJunction(double jx, double jy, Rect attacked) {
        double radius = attacked.width() / 2 + 2;
        double tx = attacked.centreX();
        double ty = attacked.centreY();
        if (Math.abs(tx - jx) > 3 * radius) {
            double endX = tx + (jx > tx ? radius : -radius);
            return new double[] {jx, jy, jx, ty, jx, ty, endX, ty};
        }
        double endY = ty + (jy > ty ? radius : -radius);
        double midY = (jy + endY) / 2;
        return new double[] {jx, jy, jx, midY, tx, midY, tx, endY};
    }

    private static double[] vertical(double x1, double y1, double x2, double y2) {
        double midY = (y1 + y2) / 2;
        return new double[] {x1, y1, x1, midY, x2, midY, x2, y2};
    }

    private static double[] line(double x1, double y1, double x2, double y2) {
        return new double[] {x1, y1, x1, y1, x2, y2, x2, y2};
    }

    private static double distanceToCurve(double[] c, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        double px = c[0];
        double py = c[1];
        for (int step = 1; step <= CURVE_STEPS; step++) {
            double t = (double) step / CURVE_STEPS;
            double u = 1 - t;
            double qx = u * u * u * c[0] + 3 * u * u * t * c[2] + 3 * u * t * t * c[4] + t * t * t * c[6];
            double qy = u * u * u * c[1] + 3 * u * u * t * c[3] + 3 * u * t * t * c[5] + t * t * t * c[7];
            best = Math.min(best, distanceToSegment(x, y, px, py, qx, qy));
            px = qx;
            py = qy;
        }
        return best;
    }

    static double distanceToSegment(double x, double y, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }
}
