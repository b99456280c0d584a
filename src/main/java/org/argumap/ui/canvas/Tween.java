package org.argumap.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.layout.LinkRoute;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.layout.Size;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.render.LaidOutMap;
import org.argumap.render.Placement;

/**
 * One frame of the glide from one layout to the next: every box between its old and its new
 * rectangle. A box that appears (its branch was expanded) grows out of the nearest box that was
 * already there; one that goes (its branch was collapsed) slides into the nearest box that stays.
 * Rectangles are computed when asked, so a frame costs what is on screen plus one pass over the
 * candidates, not a new geometry and index per pulse.
 */
final class Tween implements Placement {
    /** An ancestor chain longer than this is a cycle without any shown box; give up on an anchor. */
    private static final int MAX_ANCESTORS = 10_000;

    private final ArgumentMap map;
    private final MapGeometry from;
    private final MapGeometry to;
    private final List<String> statements = new ArrayList<>();
    private final List<Inference> inferences = new ArrayList<>();
    /** Start rectangles of appearing nodes, end rectangles of vanishing ones. */
    private final Map<String, Rect> anchored = new HashMap<>();
    private double progress;

    Tween(ArgumentMap map, MapGeometry from, MapGeometry to) {
        this.map = map;
        this.from = from;
        this.to = to;
        for (MapNode node : map.nodes()) {
            Rect before = from.rectOf(node.id());
            Rect after = to.rectOf(node.id());
            if (before == null && after == null) {
                continue;
            }
            if (before == null || after == null) {
                Rect anchor = anchorRect(node, before == null ? from : to);
                if (anchor == null && after == null) {
                    continue;
                }
                Rect own = before == null ? after : before;
                anchored.put(node.id(), anchor == null ? own
                        : Rect.centredAt(anchor.centreX(), anchor.centreY(), new Size(own.width(), own.height())));
            }
            if (node instanceof Statement) {
                statements.add(node.id());
            } else {
                inferences.add((Inference) node);
            }
        }
    }

    /** @param eased how far along, 0 at the old layout and 1 at the new */
    void setProgress(double eased) {
        progress = eased;
    }

    /** This frame as a geometry of its own, to start the next glide from when a new layout comes mid-way. */
    MapGeometry freeze() {
        Map<String, Rect> rects = new LinkedHashMap<>();
        Map<String, Point> arrivals = new HashMap<>();
        Map<String, LinkRoute> routes = new HashMap<>();
        for (String id : statements) {
            rects.put(id, rectOf(id));
        }
        for (Inference inference : inferences) {
            rects.put(inference.id(), rectOf(inference.id()));
            Point arrival = arrivalOf(inference.id());
            if (arrival != null) {
                arrivals.put(inference.id(), arrival);
            }
            LinkRoute route = routeOf(inference.id());
            if (route != null) {
                routes.put(inference.id(), route);
            }
        }
        return new MapGeometry(rects, arrivals, routes);
    }

    @Override
    public Rect rectOf(String nodeId) {
        Rect before = from.rectOf(nodeId);
        Rect after = to.rectOf(nodeId);
        if (before == null && after == null) {
            return null;
        }
        if (before == null || after == null) {
            Rect anchor = anchored.get(nodeId);
            if (anchor == null) {
                return null;
            }
            before = before == null ? anchor : before;
            after = after == null ? anchor : after;
        }
        return lerp(before, after, progress);
    }

    @Override
    public Point arrivalOf(String inferenceId) {
        Point before = from.arrivalOf(inferenceId);
        Point after = to.arrivalOf(inferenceId);
        if (before == null && after == null) {
            return null;
        }
        if (before == null || after == null) {
            // An arrow that appears or goes travels with the box it points at.
            Point known = before == null ? after : before;
            Inference inference = map.inference(inferenceId);
            Rect targetBefore = inference == null ? null : from.rectOf(inference.target().id());
            Rect targetAfter = inference == null ? null : to.rectOf(inference.target().id());
            if (targetBefore == null || targetAfter == null) {
                return known;
            }
            double sign = before == null ? -1 : 1;
            Point other = new Point(known.x() + sign * (targetAfter.x() - targetBefore.x()),
                    known.y() + sign * (targetAfter.y() - targetBefore.y()));
            before = before == null ? other : before;
            after = after == null ? other : after;
        }
        return new Point(before.x() + (after.x() - before.x()) * progress,
                before.y() + (after.y() - before.y()) * progress);
    }

    /**
     * Between the old and the new route where the two have the same pieces; otherwise, mid-glide,
     * none, and the link is drawn plainly from the boxes until the glide ends.
     */
    @Override
    public LinkRoute routeOf(String inferenceId) {
        LinkRoute before = from.routeOf(inferenceId);
        LinkRoute after = to.routeOf(inferenceId);
        if (progress >= 1) {
            return after;
        }
        if (progress <= 0) {
            return before;
        }
        return before == null || after == null ? null : before.towards(after, progress);
    }

    @Override
    public List<String> statementsIn(Rect area) {
        List<String> hits = new ArrayList<>();
        for (String id : statements) {
            Rect rect = rectOf(id);
            if (rect != null && rect.intersects(area)) {
                hits.add(id);
            }
        }
        return hits;
    }

    @Override
    public List<String> inferencesIn(Rect area) {
        List<String> hits = new ArrayList<>();
        for (Inference inference : inferences) {
            Rect extent = LaidOutMap.extentOf(inference, this);
            if (extent != null && extent.intersects(area)) {
                hits.add(inference.id());
            }
        }
        return hits;
    }

    /** The rectangle, in {@code geometry}, of the nearest node below which this one hangs. */
    private Rect anchorRect(MapNode node, MapGeometry geometry) {
        Set<MapNode> seen = new HashSet<>();
        MapNode step = parentOf(node);
        while (step != null && seen.add(step) && seen.size() < MAX_ANCESTORS) {
            Rect rect = geometry.rectOf(step.id());
            if (rect != null && step instanceof Statement) {
                return rect;
            }
            step = parentOf(step);
        }
        return null;
    }

    private MapNode parentOf(MapNode node) {
        if (node instanceof Inference inference) {
            return inference.target();
        }
        List<Inference> feeds = map.inferencesFrom((Statement) node);
        return feeds.isEmpty() ? null : feeds.get(0);
    }

    private static Rect lerp(Rect a, Rect b, double t) {
        return new Rect(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t,
                a.width() + (b.width() - a.width()) * t, a.height() + (b.height() - a.height()) * t);
    }
}
