package org.argumap.layout;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of a layout: a rectangle for every statement's box and for every inference's
 * junction (the point its premises join and where undercuts aim), by node id; and for every
 * inference the point where its arrow meets its target.
 */
public final class MapGeometry {
    public static final MapGeometry EMPTY = new MapGeometry(Map.of(), Map.of());

    private final Map<String, Rect> rects;
    private final Map<String, Point> arrivals;
    private final Rect bounds;

    /**
     * @param rects    boxes and junctions by node id
     * @param arrivals by inference id, where its arrow ends: on the target's edge, or at the
     *                 centre of the junction an undercut attacks
     */
    public MapGeometry(Map<String, Rect> rects, Map<String, Point> arrivals) {
        this.rects = Collections.unmodifiableMap(new LinkedHashMap<>(rects));
        this.arrivals = Map.copyOf(arrivals);
        this.bounds = boundsOf(this.rects.values());
    }

    private MapGeometry(Map<String, Rect> rects, Map<String, Point> arrivals, Rect bounds) {
        this.rects = rects;
        this.arrivals = arrivals;
        this.bounds = bounds;
    }

    /**
     * A geometry owning these maps as they are, without copying 100,000 entries once more: for
     * layouts, which build them fresh and never touch them again.
     */
    static MapGeometry owning(LinkedHashMap<String, Rect> rects, Map<String, Point> arrivals) {
        return new MapGeometry(Collections.unmodifiableMap(rects), Collections.unmodifiableMap(arrivals),
                boundsOf(rects.values()));
    }

    private static Rect boundsOf(Iterable<Rect> all) {
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
        return minX > maxX ? null : new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    /** The rectangle of this statement or junction, or null if the node was not laid out. */
    public Rect rectOf(String nodeId) {
        return rects.get(nodeId);
    }

    /** Where this inference's arrow ends, or null if it was not laid out. */
    public Point arrivalOf(String inferenceId) {
        return arrivals.get(inferenceId);
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
