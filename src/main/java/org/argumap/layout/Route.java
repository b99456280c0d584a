package org.argumap.layout;

import java.util.Arrays;
import java.util.List;

/**
 * A line of a link as the layout routed it: a path of horizontal and vertical pieces from its
 * first point to its last, drawn with rounded corners. Its coordinates are kept in one array, as
 * a map of 100,000 statements has some 200,000 of these.
 */
public final class Route {
    private final double[] xy;

    private Route(double[] xy) {
        this.xy = xy;
    }

    public static Route of(List<Point> points) {
        double[] xy = new double[2 * points.size()];
        for (int k = 0; k < points.size(); k++) {
            xy[2 * k] = points.get(k).x();
            xy[2 * k + 1] = points.get(k).y();
        }
        return new Route(xy);
    }

    public static Route of(Point... points) {
        return of(List.of(points));
    }

    public int size() {
        return xy.length / 2;
    }

    public double x(int k) {
        return xy[2 * k];
    }

    public double y(int k) {
        return xy[2 * k + 1];
    }

    public Point point(int k) {
        return new Point(x(k), y(k));
    }

    /** The same route moved by (dx, dy). */
    public Route translated(double dx, double dy) {
        double[] moved = xy.clone();
        for (int k = 0; k < moved.length; k += 2) {
            moved[k] += dx;
            moved[k + 1] += dy;
        }
        return new Route(moved);
    }

    /** Between this route and another of as many points; null when the two differ in length. */
    public Route towards(Route other, double progress) {
        if (other.xy.length != xy.length) {
            return null;
        }
        double[] between = new double[xy.length];
        for (int k = 0; k < xy.length; k++) {
            between[k] = xy[k] + (other.xy[k] - xy[k]) * progress;
        }
        return new Route(between);
    }

    /** The smallest rectangle around the route. */
    public Rect bounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < size(); k++) {
            minX = Math.min(minX, x(k));
            minY = Math.min(minY, y(k));
            maxX = Math.max(maxX, x(k));
            maxY = Math.max(maxY, y(k));
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Route route && Arrays.equals(xy, route.xy);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(xy);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Route[");
        for (int k = 0; k < size(); k++) {
            text.append(k == 0 ? "" : " → ").append('(').append(Math.round(x(k))).append(", ")
                    .append(Math.round(y(k))).append(')');
        }
        return text.append(']').toString();
    }
}
