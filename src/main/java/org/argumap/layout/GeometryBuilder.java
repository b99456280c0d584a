package org.argumap.layout;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects a layout's rectangles in map order into a {@link MapGeometry}, sized up front. */
final class GeometryBuilder {
    private final LinkedHashMap<String, Rect> rects;
    private final Map<String, Point> arrivals;
    private final Map<String, LinkRoute> routes;

    GeometryBuilder(int expected) {
        rects = new LinkedHashMap<>(expected * 4 / 3 + 1);
        arrivals = new HashMap<>(expected * 2 / 3 + 1);
        routes = new HashMap<>(expected * 2 / 3 + 1);
    }

    /** Adds a node's rectangle, and for an inference where its arrow ends and how its lines run. */
    void put(String id, Rect rect, Point arrival, LinkRoute route) {
        rects.put(id, rect);
        if (arrival != null) {
            arrivals.put(id, arrival);
        }
        if (route != null) {
            routes.put(id, route);
        }
    }

    MapGeometry build() {
        return MapGeometry.owning(rects, arrivals, routes);
    }
}
