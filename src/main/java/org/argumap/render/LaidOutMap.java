package org.argumap.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.layout.LinkRoute;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
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
        Map<String, Rect> boxRects = new LinkedHashMap<>();
        Map<String, Rect> linkExtents = new LinkedHashMap<>();
        for (MapNode node : map.nodes()) {
            Rect rect = geometry.rectOf(node.id());
            if (rect == null) {
                continue;
            }
            if (node instanceof Statement) {
                boxRects.put(node.id(), rect);
            } else {
                linkExtents.put(node.id(), extentOf((Inference) node, geometry));
            }
        }
        boxes = new SpatialIndex(boxRects);
        links = new SpatialIndex(linkExtents);
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

    private static Rect extentOf(Inference inference, MapGeometry geometry) {
        Rect extent = geometry.rectOf(inference.id());
        for (Statement premise : inference.premises()) {
            Rect rect = geometry.rectOf(premise.id());
            extent = rect == null ? extent : extent.union(rect);
        }
        Rect target = geometry.rectOf(inference.target().id());
        extent = target == null ? extent : extent.union(target);
        LinkRoute route = geometry.routeOf(inference.id());
        Rect lines = route == null ? null : route.bounds();
        return lines == null ? extent : extent.union(lines);
    }
}
