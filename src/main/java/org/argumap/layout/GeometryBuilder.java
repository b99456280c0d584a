package org.argumap.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects a layout's rectangles in map order into a {@link MapGeometry}, sized up front, and
 * the bounds around them as they come, rather than in one more pass over 200,000 entries.
 */
final class GeometryBuilder {
    private final LinkedHashMap<String, Rect> rects;
    private final Map<String, Point> arrivals;
    private final Map<String, LinkRoute> routes;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;
    /** Around the routes' points, which count only once there is a rectangle. */
    private double lineMinX = Double.POSITIVE_INFINITY;
    private double lineMinY = Double.POSITIVE_INFINITY;
    private double lineMaxX = Double.NEGATIVE_INFINITY;
    private double lineMaxY = Double.NEGATIVE_INFINITY;

    GeometryBuilder(int expected) {
        rects = new LinkedHashMap<>(expected * 4 / 3 + 1);
        arrivals = new HashMap<>(expected * 2 / 3 + 1);
        routes = new HashMap<>(expected * 2 / 3 + 1);
    }

    /** Adds a node's rectangle, and for an inference where its arrow ends and how its lines run. */
    void put(String id, Rect rect, Point arrival, LinkRoute route) {
        rects.put(id, rect);
        minX = Math.min(minX, rect.x());
        minY = Math.min(minY, rect.y());
        maxX = Math.max(maxX, rect.maxX());
        maxY = Math.max(maxY, rect.maxY());
        if (arrival != null) {
            arrivals.put(id, arrival);
        }
        if (route != null) {
            routes.put(id, route);
            take(route.feed());
            take(route.arrow());
        }
    }

    private void take(Route line) {
        for (int k = 0; line != null && k < line.size(); k++) {
            lineMinX = Math.min(lineMinX, line.x(k));
            lineMinY = Math.min(lineMinY, line.y(k));
            lineMaxX = Math.max(lineMaxX, line.x(k));
            lineMaxY = Math.max(lineMaxY, line.y(k));
        }
    }

    MapGeometry build() {
        Rect bounds = null;
        if (minX <= maxX) {
            double x0 = Math.min(minX, lineMinX);
            double y0 = Math.min(minY, lineMinY);
            double x1 = Math.max(maxX, lineMaxX);
            double y1 = Math.max(maxY, lineMaxY);
            bounds = new Rect(x0, y0, x1 - x0, y1 - y0);
        }
        return MapGeometry.owning(rects, arrivals, routes, bounds);
    }
}
