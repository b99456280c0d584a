package org.argumap.render;

import java.util.List;
import org.argumap.layout.LayoutInput;
import org.argumap.layout.LinkRoute;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.layout.Route;
import org.argumap.layout.SpatialIndex;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * A map at rest: its geometry with two spatial indexes, one of statement boxes (for drawing and
 * for what is under the pointer) and one of the area each inference's lines cover, so that
 * neither drawing nor hit testing ever visits every box of a large map.
 */
public final class LaidOutMap implements Placement {
    public static final LaidOutMap EMPTY = new LaidOutMap(new ArgumentMap(), MapGeometry.EMPTY);

    private final MapGeometry geometry;
    private final SpatialIndex boxes;
    private final SpatialIndex links;

    public LaidOutMap(ArgumentMap map, MapGeometry geometry) {
        this.geometry = geometry;
        // Gathered in arrays, not maps: a large map opens with 200,000 of them, laid out before it is shown.
        List<MapNode> nodes = map.nodes();
        String[] boxIds = new String[nodes.size()];
        Rect[] boxRects = new Rect[nodes.size()];
        String[] linkIds = new String[nodes.size()];
        Rect[] linkExtents = new Rect[nodes.size()];
        int boxCount = 0;
        int linkCount = 0;
        for (MapNode node : nodes) {
            Rect rect = geometry.rectOf(node.id());
            if (rect == null) {
                continue;
            }
            if (node instanceof Statement) {
                boxIds[boxCount] = node.id();
                boxRects[boxCount++] = rect;
            } else {
                linkIds[linkCount] = node.id();
                linkExtents[linkCount++] = extentOf((Inference) node, rect, geometry);
            }
        }
        boxes = new SpatialIndex(boxIds, boxRects, boxCount);
        links = new SpatialIndex(linkIds, linkExtents, linkCount);
    }

    /**
     * The same, from the input the geometry was laid out from rather than from the map: needs no
     * access to the map, so a layout worker builds it next to the layout, and the FX thread, when
     * the layout arrives, only swaps it in (at 100,000 statements this sweep blocked it for about a
     * second per change). Each inference's extent takes its visible premises; hidden ones have no
     * rectangle, so it is the extent {@link #LaidOutMap(ArgumentMap, MapGeometry)} finds.
     */
    public LaidOutMap(LayoutInput input, MapGeometry geometry) {
        this.geometry = geometry;
        int n = input.size();
        String[] boxIds = new String[n];
        Rect[] boxRects = new Rect[n];
        String[] linkIds = new String[n];
        Rect[] linkExtents = new Rect[n];
        int boxCount = 0;
        int linkCount = 0;
        for (int i = 0; i < n; i++) {
            String id = input.id(i);
            Rect rect = geometry.rectOf(id);
            if (rect == null) {
                continue;
            }
            if (input.isStatement(i)) {
                boxIds[boxCount] = id;
                boxRects[boxCount++] = rect;
            } else {
                double[] extent = {rect.x(), rect.y(), rect.maxX(), rect.maxY()};
                for (int k = 0; k < input.premiseCount(i); k++) {
                    include(extent, geometry.rectOf(input.id(input.premise(i, k))));
                }
                include(extent, geometry.rectOf(input.id(input.target(i))));
                LinkRoute route = geometry.routeOf(id);
                if (route != null) {
                    include(extent, route.feed());
                    include(extent, route.arrow());
                }
                linkIds[linkCount] = id;
                linkExtents[linkCount++] = new Rect(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]);
            }
        }
        boxes = new SpatialIndex(boxIds, boxRects, boxCount);
        links = new SpatialIndex(linkIds, linkExtents, linkCount);
    }

    public MapGeometry geometry() {
        return geometry;
    }

    @Override
    public Rect rectOf(String nodeId) {
        return geometry.rectOf(nodeId);
    }

    @Override
    public Point arrivalOf(String inferenceId) {
        return geometry.arrivalOf(inferenceId);
    }

    @Override
    public LinkRoute routeOf(String inferenceId) {
        return geometry.routeOf(inferenceId);
    }

    @Override
    public List<String> statementsIn(Rect area) {
        return boxes.idsIn(area);
    }

    @Override
    public List<String> inferencesIn(Rect area) {
        return links.idsIn(area);
    }

    /** The statement whose box is under this map point, the one drawn on top; null for none. */
    public String statementAt(double x, double y) {
        return boxes.idAt(x, y);
    }

    /**
     * Everything an inference's drawing can touch: its premises, its junction, its target, and
     * its routed lines, which may pass beside a box in their way.
     */
    public static Rect extentOf(Inference inference, Placement placement) {
        Rect extent = placement.rectOf(inference.id());
        if (extent == null) {
            return null;
        }
        for (Statement premise : inference.premises()) {
            Rect rect = placement.rectOf(premise.id());
            extent = rect == null ? extent : extent.union(rect);
        }
        Rect target = placement.rectOf(inference.target().id());
        extent = target == null ? extent : extent.union(target);
        LinkRoute route = placement.routeOf(inference.id());
        Rect lines = route == null ? null : route.bounds();
        return lines == null ? extent : extent.union(lines);
    }

    /** As {@link #extentOf(Inference, Placement)}, from the junction's rectangle, in plain numbers rather than a union at each step. */
    private static Rect extentOf(Inference inference, Rect junction, MapGeometry geometry) {
        double[] extent = {junction.x(), junction.y(), junction.maxX(), junction.maxY()};
        for (Statement premise : inference.premises()) {
            include(extent, geometry.rectOf(premise.id()));
        }
        include(extent, geometry.rectOf(inference.target().id()));
        LinkRoute route = geometry.routeOf(inference.id());
        if (route != null) {
            include(extent, route.feed());
            include(extent, route.arrow());
        }
        return new Rect(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]);
    }

    private static void include(double[] extent, Rect rect) {
        if (rect != null) {
            extent[0] = Math.min(extent[0], rect.x());
            extent[1] = Math.min(extent[1], rect.y());
            extent[2] = Math.max(extent[2], rect.maxX());
            extent[3] = Math.max(extent[3], rect.maxY());
        }
    }

    private static void include(double[] extent, Route line) {
        for (int k = 0; line != null && k < line.size(); k++) {
            extent[0] = Math.min(extent[0], line.x(k));
            extent[1] = Math.min(extent[1], line.y(k));
            extent[2] = Math.max(extent[2], line.x(k));
            extent[3] = Math.max(extent[3], line.y(k));
        }
    }
}
