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
        Rect all = null;
        for (Rect rect : this.rects.values()) {
            all = all == null ? rect : all.union(rect);
        }
        this.bounds = all;
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
