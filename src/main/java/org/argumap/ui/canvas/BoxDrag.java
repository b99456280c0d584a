package org.argumap.ui.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.edit.CompositeCommand;
import org.argumap.edit.MapCommand;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.layout.LinkRoute;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Position;
import org.argumap.model.Statement;
import org.argumap.render.LaidOutMap;
import org.argumap.render.Placement;

/**
 * A drag of the selected boxes, shown as it goes and committed once at the end. While the pointer
 * moves, the boxes, and the branches the layout hangs under them, are drawn shifted, without
 * touching the map or laying it out again, so a drag stays smooth on any map and with any layout,
 * however slow. On release one command places every dragged box (one undo step); the layout then
 * runs once and whatever it settles differently glides into place.
 */
final class BoxDrag implements Placement {
    private final ArgumentMap map;
    private final LaidOutMap base;
    private final List<String> dragged;
    /** Dragged statements with the boxes below them that the layout places: they move along. */
    private final Set<String> moving = new LinkedHashSet<>();
    /** Inferences whose lines touch a moving box. */
    private final Set<Inference> touched = new LinkedHashSet<>();
    private double dx;
    private double dy;

    BoxDrag(ArgumentMap map, LaidOutMap base, Collection<String> draggedIds) {
        this.map = map;
        this.base = base;
        this.dragged = List.copyOf(draggedIds);
        collectMoving();
    }

    /** The dragged statements, in selection order. */
    List<String> dragged() {
        return dragged;
    }

    Set<String> movingStatements() {
        Set<String> statements = new LinkedHashSet<>();
        for (String id : moving) {
            if (map.statement(id) != null) {
                statements.add(id);
            }
        }
        return statements;
    }

    /** Whether this box or junction moves with the drag: dragged, or in a branch below a dragged box. */
    boolean isMoving(String nodeId) {
        return moving.contains(nodeId);
    }

    /** Sets how far the boxes are from where they started, in map units. */
    void offset(double mapDx, double mapDy) {
        dx = mapDx;
        dy = mapDy;
    }

    boolean hasMoved() {
        return dx != 0 || dy != 0;
    }

    /** One undo step placing every dragged box at its new centre. */
    MapCommand command() {
        List<MoveBoxCommand> moves = new ArrayList<>();
        for (String id : dragged) {
            Rect start = base.rectOf(id);
            if (start != null && map.node(id) != null) {
                moves.add(new MoveBoxCommand(map, id, new Position(start.centreX() + dx, start.centreY() + dy)));
            }
        }
        return moves.size() == 1 ? moves.get(0) : new CompositeCommand("Move " + moves.size() + " Boxes", moves);
    }

    /** The frame the drag ended on, for the glide to the new layout to start from. */
    MapGeometry freeze() {
        Map<String, Rect> rects = new LinkedHashMap<>();
        Map<String, Point> arrivals = new HashMap<>();
        Map<String, LinkRoute> routes = new HashMap<>();
        base.geometry().rects().forEach((id, rect) -> {
            rects.put(id, rectOf(id));
            Point arrival = arrivalOf(id);
            if (arrival != null) {
                arrivals.put(id, arrival);
            }
            LinkRoute route = routeOf(id);
            if (route != null) {
                routes.put(id, route);
            }
        });
        return new MapGeometry(rects, arrivals, routes);
    }

    @Override
    public Rect rectOf(String nodeId) {
        Rect rect = base.rectOf(nodeId);
        return rect != null && moving.contains(nodeId) ? rect.translated(dx, dy) : rect;
    }

    @Override
    public Point arrivalOf(String inferenceId) {
        Point arrival = base.arrivalOf(inferenceId);
        Inference inference = map.inference(inferenceId);
        if (arrival == null || inference == null || !moving.contains(inference.target().id())) {
            return arrival;
        }
        return new Point(arrival.x() + dx, arrival.y() + dy);
    }

    /**
     * A link wholly carried by the drag keeps its route, moved along; one wholly left behind keeps
     * it as it was; one stretched between the two is drawn plainly until the layout routes it anew.
     */
    @Override
    public LinkRoute routeOf(String inferenceId) {
        LinkRoute route = base.routeOf(inferenceId);
        Inference inference = map.inference(inferenceId);
        if (route == null || inference == null) {
            return route;
        }
        boolean any = moving.contains(inferenceId);
        boolean all = any;
        for (Statement premise : inference.premises()) {
            boolean moves = moving.contains(premise.id());
            any |= moves;
            all &= moves;
        }
        boolean targetMoves = moving.contains(inference.target().id());
        any |= targetMoves;
        all &= targetMoves;
        return all ? route.translated(dx, dy) : any ? null : route;
    }

    @Override
    public List<String> statementsIn(Rect area) {
        List<String> hits = new ArrayList<>();
        for (String id : base.statementsIn(area)) {
            if (!moving.contains(id)) {
                hits.add(id);
            }
        }
        for (String id : moving) {
            Rect rect = map.statement(id) == null ? null : rectOf(id);
            if (rect != null && rect.intersects(area)) {
                hits.add(id);
            }
        }
        return hits;
    }

    @Override
    public List<String> inferencesIn(Rect area) {
        Set<String> hits = new LinkedHashSet<>();
        for (String id : base.inferencesIn(area)) {
            Inference inference = map.inference(id);
            if (inference != null && !touched.contains(inference)) {
                hits.add(id);
            }
        }
        for (Inference inference : touched) {
            Rect extent = LaidOutMap.extentOf(inference, this);
            if (extent != null && extent.intersects(area)) {
                hits.add(inference.id());
            }
        }
        return new ArrayList<>(hits);
    }

    /**
     * Down from each dragged box through the inferences into it to their premises, stopping at
     * boxes the user placed, which keep their place, as the layout will keep them.
     */
    private void collectMoving() {
        Deque<String> queue = new ArrayDeque<>();
        for (String id : dragged) {
            if (map.statement(id) != null && base.rectOf(id) != null && moving.add(id)) {
                queue.add(id);
            }
        }
        while (!queue.isEmpty()) {
            Statement statement = map.statement(queue.poll());
            touched.addAll(map.inferencesFrom(statement));
            Deque<Inference> steps = new ArrayDeque<>(map.inferencesInto(statement));
            while (!steps.isEmpty()) {
                Inference step = steps.poll();
                if (base.rectOf(step.id()) == null || !moving.add(step.id())) {
                    continue;
                }
                touched.add(step);
                steps.addAll(map.inferencesInto(step));
                for (Statement premise : step.premises()) {
                    touched.addAll(map.inferencesFrom(premise));
                    if (premise.position() == null && base.rectOf(premise.id()) != null && moving.add(premise.id())) {
                        queue.add(premise.id());
                    }
                }
            }
        }
    }
}
