package org.argumap.layout;

/**
 * Collects a layout's rectangles in map order into a {@link MapGeometry}, in arrays sized up
 * front ({@link NodeArrayMap}), and the bounds around them as they come, rather than in one more
 * pass over 200,000 entries. Each node is put once.
 */
final class GeometryBuilder {
    private final String[] ids;
    private final Rect[] rects;
    private final Point[] arrivals;
    private final LinkRoute[] routes;
    private int count;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;
    /** Around the routes' points, which count only once there is a rectangle. */
    private double lineMinX = Double.POSITIVE_INFINITY;
    private double lineMinY = Double.POSITIVE_INFINITY;
    private double lineMaxX = Double.NEGATIVE_INFINITY;
    private double lineMaxY = Double.NEGATIVE_INFINITY;

    /** @param expected the most nodes that will be put */
    GeometryBuilder(int expected) {
        ids = new String[expected];
        rects = new Rect[expected];
        arrivals = new Point[expected];
        routes = new LinkRoute[expected];
    }

    /** Adds a node's rectangle, and for an inference where its arrow ends and how its lines run. */
    void put(String id, Rect rect, Point arrival, LinkRoute route) {
        ids[count] = id;
        rects[count] = rect;
        arrivals[count] = arrival;
        routes[count] = route;
        count++;
        minX = Math.min(minX, rect.x());
        minY = Math.min(minY, rect.y());
        maxX = Math.max(maxX, rect.maxX());
        maxY = Math.max(maxY, rect.maxY());
        if (route != null) {
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
        NodeArrayMap.Places places = new NodeArrayMap.Places(ids, count);
        return MapGeometry.owning(new NodeArrayMap<>(places, rects), new NodeArrayMap<>(places, arrivals),
                new NodeArrayMap<>(places, routes), bounds);
    }
}
