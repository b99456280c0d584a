package org.argumap.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.scene.Cursor;
import org.argumap.edit.CompositeCommand;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.JoinCoPremisesCommand;
import org.argumap.edit.MapCommand;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.render.LaidOutMap;

/**
 * One drag of the selected boxes with the mouse, from the first move to the release: the boxes
 * follow the pointer ({@link BoxDrag}), their edges and centres snap to the boxes in view that
 * they come near, with guides where they align ({@link SnapGuides}), and over a group of linked
 * co-premises the group lights up: dropping there makes the dragged statements join it instead
 * of moving them. Anywhere else, a drop on a single box included, the boxes just move. With Alt
 * held the boxes neither snap nor join: they go exactly where they are dropped.
 */
final class MoveGesture {
    /** How near lines must come to snap, on screen, so it feels the same at every zoom. */
    static final double SNAP_PX = 6;
    /** How near the frame of a group of co-premises the pointer must be to join it, on screen. */
    private static final double GROUP_REACH_PX = 8;
    static final String MOVE_HINT = "Alt: no snapping · Drop on linked co-premises: join them";
    private static final String JOIN_HINT = "Release: join these linked co-premises · Alt: just move";

    private final MapCanvas view;
    private final ArgumentMap map;
    private final BoxDrag drag;
    private final List<String> draggedStatements = new ArrayList<>();
    private final List<Rect> draggedRects = new ArrayList<>();
    private final SnapGuides snapper;
    private final DropTargets targets;
    /** The group a drop would join, and why it may not (null if it may). */
    private String group;
    private String refusal;

    MoveGesture(MapCanvas view, Collection<String> ids) {
        this.view = view;
        this.map = view.map();
        LaidOutMap rest = view.laidOut();
        drag = new BoxDrag(map, rest, ids);
        for (String id : drag.dragged()) {
            Rect rect = rest.rectOf(id);
            if (map.statement(id) != null && rect != null) {
                draggedStatements.add(id);
                draggedRects.add(rect);
            }
        }
        List<Rect> staying = new ArrayList<>();
        Rect visible = view.viewport().visibleArea(view.getWidth(), view.getHeight());
        for (String id : rest.statementsIn(visible)) {
            if (!drag.isMoving(id)) {
                staying.add(rest.rectOf(id));
            }
        }
        snapper = new SnapGuides(staying);
        targets = new DropTargets(map, rest, drag::isMoving);
        view.decorations().lift(drag.movingStatements());
        view.setDragPlacement(drag);
        view.setCursor(Cursor.MOVE);
        view.setHint(MOVE_HINT);
    }

    /**
     * The pointer is {@code dx, dy} view units from where the drag started, at {@code x, y} in the view.
     *
     * @param free Alt is held: no snapping, no joining
     */
    void dragTo(double dx, double dy, double x, double y, boolean free) {
        double zoom = view.viewport().zoom();
        SnapGuides.Snap snap = free ? SnapGuides.Snap.free(dx / zoom, dy / zoom)
                : snapper.snap(draggedRects, dx / zoom, dy / zoom, SNAP_PX / zoom);
        drag.offset(snap.dx(), snap.dy());
        view.decorations().overlay().setGuides(snap.guides());
        aim(free || draggedStatements.isEmpty() ? null : targets.groupAt(view.viewport().toMapX(x), view.viewport().toMapY(y), GROUP_REACH_PX / zoom));
        view.setDragPlacement(drag);
    }

    /** Drops the boxes: one undo step that moves them, or makes them join the group under the pointer. */
    void finish() {
        EditOverlay overlay = view.decorations().overlay();
        overlay.setGuides(List.of());
        overlay.setGroup(null, false);
        view.decorations().lift(Set.of());
        if (!drag.hasMoved()) {
            view.setDragPlacement(null);
            return;
        }
        if (group != null && refusal != null) {
            view.setDragPlacement(null);
            view.announce(refusal);
            return;
        }
        MapCommand command = group != null ? joinCommand() : drag.command();
        view.endDrag(drag.freeze());
        try {
            view.history().execute(command);
        } catch (EditRefusedException e) {
            view.cancelDrop();
            view.announce(e.getMessage());
        } catch (RuntimeException e) {
            view.cancelDrop();
            throw e;
        }
    }

    /** Points the drop at a group of co-premises, or at none; a group a dragged box belongs to is just a place. */
    private void aim(String inferenceId) {
        String found = inferenceId != null && !holdsDragged(inferenceId) ? inferenceId : null;
        String why = found == null ? null : refusalToJoin(found);
        if (!Objects.equals(found, group) || !Objects.equals(why, refusal)) {
            group = found;
            refusal = why;
            view.setHint(found == null ? MOVE_HINT : why == null ? JOIN_HINT : "Cannot join: " + why);
            view.decorations().overlay().setGroup(found, why == null);
        }
    }

    private boolean holdsDragged(String inferenceId) {
        List<Statement> premises = map.inference(inferenceId).premises();
        return draggedStatements.stream().anyMatch(id -> premises.contains(map.statement(id)));
    }

    private String refusalToJoin(String inferenceId) {
        for (String id : draggedStatements) {
            String why = JoinCoPremisesCommand.refusal(map, id, inferenceId);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** Each dragged statement joins the group; a box the user had placed goes back to the layout, beside the others. */
    private MapCommand joinCommand() {
        List<MapCommand> parts = new ArrayList<>();
        for (String id : draggedStatements) {
            parts.add(new JoinCoPremisesCommand(map, id, group));
            Statement statement = map.statement(id);
            if (statement.position() != null) {
                parts.add(new MoveBoxCommand(map, id, null));
            }
        }
        return new CompositeCommand(JoinCoPremisesCommand.DESCRIPTION, parts);
    }
}
