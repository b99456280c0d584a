package org.argumap.render;

import java.util.ArrayList;
import java.util.List;
import org.argumap.layout.LinkRoute;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.layout.Route;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * One inference's lines as they are drawn: paths of straight pieces, which the painter rounds
 * off at the corners, and the arrow's path, which ends in its head. Made from the route the layout
 * gave the link where there is one; otherwise (a frame of a glide or a drag, a premise beside its
 * target) in the same style from the boxes alone: up from the premise, across, and into the
 * target. The painter draws these and the canvas finds the pointer on them, so what is hit is
 * what is drawn.
 */
public final class LinkShape {
    private final Point junction;
    private final List<double[]> lines;
    private final double[] arrow;
    private final boolean ontoJunction;

    private LinkShape(Point junction, List<double[]> lines, double[] arrow, boolean ontoJunction) {
        this.junction = junction;
        this.lines = lines;
        this.arrow = arrow;
        this.ontoJunction = ontoJunction;
    }

    /** The centre of the junction, where the sign is drawn. */
    public Point junction() {
        return junction;
    }

    /** The paths without heads (premise to junction, a bracket's ticks and bar), each as x, y pairs. */
    public List<double[]> lines() {
        return lines;
    }

    /** The arrow's path as x, y pairs, its last point where the head's tip goes; null when it points at nothing shown. */
    public double[] arrow() {
        return arrow;
    }

    /** Whether the arrow ends at the centre of an attacked step's junction, to be stopped at its mark. */
    public boolean endsOnJunction() {
        return ontoJunction;
    }

    /** The shape of the inference in this placement; null when its junction is not shown. */
    public static LinkShape of(Placement placement, Inference inference) {
        Rect junctionRect = placement.rectOf(inference.id());
        if (junctionRect == null) {
            return null;
        }
        Point junction = new Point(junctionRect.centreX(), junctionRect.centreY());
        LinkRoute route = placement.routeOf(inference.id());
        List<Rect> premises = new ArrayList<>();
        for (Statement premise : inference.premises()) {
            Rect rect = placement.rectOf(premise.id());
            if (rect != null) {
                premises.add(rect);
            }
        }
        Point arrival = placement.arrivalOf(inference.id());
        Rect target = placement.rectOf(inference.target().id());
        boolean sideways = inference.target() instanceof Statement && arrival != null && target != null
                && arrival.y() > target.y() + 0.5 && arrival.y() < target.maxY() - 0.5;
        List<double[]> lines = new ArrayList<>();
        if (sideways) {
            for (Rect premise : premises) {
                double startX = premise.centreX() < arrival.x() ? premise.maxX() : premise.x();
                double startY = Math.max(premise.y() + BoxStyle.CORNER,
                        Math.min(premise.maxY() - BoxStyle.CORNER, junction.y()));
                double middle = (startX + junction.x()) / 2;
                lines.add(path(startX, startY, middle, startY, middle, junction.y(), junction.x(), junction.y()));
            }
        } else if (premises.size() == 1) {
            Rect premise = premises.get(0);
            lines.add(route != null && route.feed() != null ? xy(route.feed())
                    : upAcrossIn(premise.centreX(), premise.centreY() > junction.y() ? premise.y() : premise.maxY(),
                    junction.x(), junction.y()));
        } else if (premises.size() > 1) {
            bracket(lines, premises, junction, route);
        }
        double[] arrow = null;
        boolean ontoJunction = false;
        if (inference.target() instanceof Inference) {
            ontoJunction = true;
            if (target != null) {
                arrow = route != null && route.arrow() != null ? xy(route.arrow())
                        : ontoJunction(junction, new Point(target.centreX(), target.centreY()), target.width());
            }
        } else if (arrival != null) {
            if (route != null && route.arrow() != null) {
                arrow = xy(route.arrow());
            } else if (sideways) {
                double middle = (junction.x() + arrival.x()) / 2;
                arrow = path(junction.x(), junction.y(), middle, junction.y(), middle, arrival.y(), arrival.x(), arrival.y());
            } else {
                arrow = upAcrossIn(junction.x(), junction.y(), arrival.x(), arrival.y());
            }
        }
        return new LinkShape(junction, lines, arrow, ontoJunction);
    }

    /** Ticks from each co-premise to one bar, and the stem from the bar's middle to the junction. */
    private static void bracket(List<double[]> lines, List<Rect> premises, Point junction, LinkRoute route) {
        boolean below = premises.stream().mapToDouble(Rect::centreY).average().orElseThrow() > junction.y();
        double barY = below
                ? premises.stream().mapToDouble(Rect::y).min().orElseThrow() - LinkRoute.BRACKET_GAP
                : premises.stream().mapToDouble(Rect::maxY).max().orElseThrow() + LinkRoute.BRACKET_GAP;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Rect premise : premises) {
            lines.add(path(premise.centreX(), below ? premise.y() : premise.maxY(), premise.centreX(), barY));
            left = Math.min(left, premise.centreX());
            right = Math.max(right, premise.centreX());
        }
        lines.add(path(left, barY, right, barY));
        lines.add(route != null && route.feed() != null ? xy(route.feed())
                : upAcrossIn(Math.max(left, Math.min(right, junction.x())), barY, junction.x(), junction.y()));
    }

    /** Up (or down) halfway, across, and on into the end: the plain shape of a line between two rows. */
    private static double[] upAcrossIn(double x1, double y1, double x2, double y2) {
        if (Math.abs(x1 - x2) < 0.5) {
            return path(x1, y1, x2, y2);
        }
        double middle = (y1 + y2) / 2;
        return path(x1, y1, x1, middle, x2, middle, x2, y2);
    }

    /** As the layout routes an undercut: from the side when apart, from below when nearly aligned. */
    private static double[] ontoJunction(Point from, Point attacked, double size) {
        if (Math.abs(attacked.x() - from.x()) > 1.5 * size) {
            return path(from.x(), from.y(), from.x(), attacked.y(), attacked.x(), attacked.y());
        }
        return upAcrossIn(from.x(), from.y(), attacked.x(), attacked.y());
    }

    private static double[] xy(Route route) {
        double[] xy = new double[2 * route.size()];
        for (int k = 0; k < route.size(); k++) {
            xy[2 * k] = route.x(k);
            xy[2 * k + 1] = route.y(k);
        }
        return xy;
    }

    private static double[] path(double... xy) {
        return xy;
    }

    /** The distance from a point to the nearest of the shape's lines or its junction's centre. */
    public double distanceTo(double x, double y) {
        double best = Math.hypot(x - junction.x(), y - junction.y());
        for (double[] line : lines) {
            best = Math.min(best, distanceToPath(line, x, y));
        }
        if (arrow != null) {
            best = Math.min(best, distanceToPath(arrow, x, y));
        }
        return best;
    }

    private static double distanceToPath(double[] xy, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k + 3 < xy.length; k += 2) {
            best = Math.min(best, distanceToSegment(xy[k], xy[k + 1], xy[k + 2], xy[k + 3], x, y));
        }
        return best;
    }

    private static double distanceToSegment(double x1, double y1, double x2, double y2, double x, double y) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
        return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
    }
}
