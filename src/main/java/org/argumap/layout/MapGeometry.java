package org.argumap.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of a layout: a rectangle for every statement's box and for every inference's
 * junction (the point its premises join and where undercuts aim), by node id; for every
 * inference the point where its arrow meets its target, and the route its lines take there.
 */
public final class MapGeometry {
    public static final MapGeometry EMPTY = new MapGeometry(Map.of(), Map.of());

    private final Map<String, Rect> rects;
    private final Map<String, Point> arrivals;
    private final Map<String, LinkRoute> routes;
    private final Rect bounds;

    /**
     * @param rects    boxes and junctions by node id
     * @param arrivals by inference id, where its arrow ends: on the target's edge, or at the
     *                 centre of the junction an undercut attacks
     */
    public MapGeometry(Map<String, Rect> rects, Map<String, Point> arrivals) {
        this(rects, arrivals, Map.of());
    }

    /** @param routes by inference id, how its lines run; an inference without one is drawn plainly */
    public MapGeometry(Map<String, Rect> rects, Map<String, Point> arrivals, Map<String, LinkRoute> routes) {
        this.rects = Collections.unmodifiableMap(new LinkedHashMap<>(rects));
        this.arrivals = Map.copyOf(arrivals);
        this.routes = Map.copyOf(routes);
        this.bounds = boundsOf(this.rects.values(), this.routes.values());
    }

    private MapGeometry(Map<String, Rect> rects, Map<String, Point> arrivals, Map<String, LinkRoute> routes,
                        Rect bounds) {
        this.rects = rects;
        this.arrivals = arrivals;
        this.routes = routes;
        this.bounds = bounds;
    }

    /**
     * A geometry owning these maps as they are, without copying 100,000 entries once more: for
     * layouts, which build them fresh and never touch them again.
     *
     * @param bounds around them all, as {@link #bounds()} says, worked out as they were gathered
     */
    static MapGeometry owning(NodeArrayMap<Rect> rects, NodeArrayMap<Point> arrivals,
                              NodeArrayMap<LinkRoute> routes, Rect bounds) {
        // Read-only already, and in map order: no wrapper in front of every look-up.
        return new MapGeometry(rects, arrivals, routes, bounds);
    }

    /** Around every box and junction, and every line that runs out beyond them (around a box in its way). */
    private static Rect boundsOf(Iterable<Rect> all, Iterable<LinkRoute> routes) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Rect rect : all) {
            minX = Math.min(minX, rect.x());
            minY = Math.min(minY, rect.y());
            maxX = Math.max(maxX, rect.maxX());
            maxY = Math.max(maxY, rect.maxY());
        }
        if (minX > maxX) {
            return null;
        }
        for (LinkRoute route : routes) {
            for (Route line : new Route[] {route.feed(), route.arrow()}) {
                for (int k = 0; line != null && k < line.size(); k++) {
                    minX = Math.min(minX, line.x(k));
                    minY = Math.min(minY, line.y(k));
                    maxX = Math.max(maxX, line.x(k));
                    maxY = Math.max(maxY, line.y(k));
                }
            }
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** The rectangle of this statement or junction, or null if the node was not laid out. */
    public Rect rectOf(String nodeId) {
        return rects.get(nodeId);
    }

    /** Where this inference's arrow ends, or null if it was not laid out. */
    public Point arrivalOf(String inferenceId) {
        return arrivals.get(inferenceId);
    }

    /** How this inference's lines run, or null where the layout left it to the drawing. */
    public LinkRoute routeOf(String inferenceId) {
        return routes.get(inferenceId);
    }

    /** All rectangles by node id, statements and junctions, in map order. */
    public Map<String, Rect> rects() {
        return rects;
    }

    /** The smallest rectangle around everything, or null for an empty map. */
    public Rect bounds() {
        return bounds;
    }

    public boolean isEmpty() {
        return rects.isEmpty();
    }
}
