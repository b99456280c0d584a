package org.argumap.ui.canvas;

import java.util.List;
import java.util.Set;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import org.argumap.edit.ConnectCommand;
import org.argumap.edit.Connection;
import org.argumap.edit.EditRefusedException;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.render.LaidOutMap;

/**
 * Connecting by dragging a box's handle ({@link ConnectHandle}) onto another box or an arrow. A
 * rubber line follows the pointer; what is under it lights up, blue where the connection may be
 * made and red where it may not (a circle, say), and the status bar says which or why. On release:
 * <ul>
 *   <li>on a box: the dragged statement becomes a reason for it, an objection to it, or an
 *       undercut of its step; where more than one of these may be, a small menu asks which;</li>
 *   <li>on an arrow or its junction: an undercut of that step;</li>
 *   <li>anywhere else, or where the connection is refused: nothing changes.</li>
 * </ul>
 * Each connection is one command, undone in one step ("Undo Connect as Objection").
 */
final class ConnectGesture {
    static final String HANDLE_HINT = "Drag the handle onto a box: connect · onto an arrow: undercut it";
    private static final String AIM_HINT = "Release over a box to connect to it, over an arrow to undercut it";
    /** How near an arrow the pointer must be to take it, on screen. */
    private static final double ARROW_REACH_PX = 6;

    /** What a release here would do: connect to {@code targetId} in one of {@code possible} ways, or why not. */
    private record Drop(String targetId, Set<Connection> possible, String refusal) {
        boolean allowed() {
            return refusal == null;
        }
    }

    private final MapCanvas view;
    private ContextMenu chooser;
    private String source;
    private DropTargets targets;
    private Drop drop;

    ConnectGesture(MapCanvas view) {
        this.view = view;
    }

    /** The statement whose handle is at this view point: one under the pointer or selected, which show it. */
    String handleAt(double x, double y) {
        double zoom = view.viewport().zoom();
        if (!ConnectHandle.shownAt(zoom)) {
            return null;
        }
        double mapX = view.viewport().toMapX(x);
        double mapY = view.viewport().toMapY(y);
        double reach = ConnectHandle.rectOf(new Rect(0, 0, 0, 0), zoom).width() + ConnectHandle.REACH_PX / zoom;
        LaidOutMap laidOut = view.laidOut();
        List<String> near = laidOut.statementsIn(new Rect(mapX - reach, mapY - reach, 2 * reach, 2 * reach));
        for (int i = near.size() - 1; i >= 0; i--) {
            String id = near.get(i);
            boolean shown = id.equals(view.decorations().hoveredId()) || view.selection().contains(id);
            if (shown && ConnectHandle.hits(laidOut.rectOf(id), zoom, mapX, mapY)) {
                return id;
            }
        }
        return null;
    }

    /** A press on this statement's handle. */
    void start(String statementId, double x, double y) {
        hideChooser();
        source = statementId;
        targets = new DropTargets(view.map(), view.laidOut(), id -> false);
        drop = null;
        view.decorations().overlay().hoverHandle(null);
        view.decorations().overlay().setConnection(source, new Point(x, y), null, false);
        view.setCursor(Cursor.CROSSHAIR);
        view.setHint(AIM_HINT);
    }

    void dragTo(double x, double y) {
        if (source == null) {
            return;
        }
        drop = dropAt(x, y);
        view.decorations().overlay().setConnection(source, new Point(x, y), drop == null ? null : drop.targetId(),
                drop != null && drop.allowed());
        view.setHint(drop == null ? AIM_HINT : drop.allowed() ? releaseHint(drop) : drop.refusal());
    }

    /**
     * The button went up at this view point (and screen point, for the chooser): connect, ask how,
     * or say why not.
     */
    void finish(double x, double y, double screenX, double screenY) {
        if (source == null) {
            return;
        }
        dragTo(x, y);
        Drop ended = drop;
        String from = source;
        if (ended == null || !ended.allowed()) {
            end();
            if (ended != null) {
                view.announce(ended.refusal());
            }
            return;
        }
        List<Connection> ways = ways(ended);
        if (ways.size() == 1) {
            end();
            connect(from, ended.targetId(), ways.get(0));
        } else {
            choose(from, ended.targetId(), ways, screenX, screenY);
        }
    }

    /** The button went up without the pointer moving: a click on the handle selects its box, as one on the box would. */
    void click() {
        String clicked = source;
        end();
        if (clicked != null && view.map().statement(clicked) != null) {
            view.selection().select(clicked);
        }
    }

    /** Whether the chooser is open, asking how to connect. */
    boolean isChoosing() {
        return chooser != null;
    }

    /** Closes the chooser if it is open, which cancels the connection it asked about. */
    void hideChooser() {
        if (chooser != null) {
            chooser.hide();
            chooser = null;
        }
    }

    private Drop dropAt(double x, double y) {
        double zoom = view.viewport().zoom();
        double mapX = view.viewport().toMapX(x);
        double mapY = view.viewport().toMapY(y);
        ArgumentMap map = view.map();
        String box = targets.statementAt(mapX, mapY);
        if (box != null) {
            if (box.equals(source)) {
                return null;
            }
            Set<Connection> possible = ConnectCommand.possible(map, source, box);
            String why = null;
            if (possible.isEmpty()) {
                why = ConnectCommand.refusal(map, source, box, Connection.REASON);
                why = why != null ? why : ConnectCommand.refusal(map, source, box, Connection.OBJECTION);
            }
            return new Drop(box, possible, why);
        }
        String step = targets.inferenceAt(mapX, mapY, ARROW_REACH_PX / zoom);
        if (step == null) {
            return null;
        }
        String why = ConnectCommand.refusal(map, source, step, Connection.UNDERCUT);
        return new Drop(step, why == null ? Set.of(Connection.UNDERCUT) : Set.of(), why);
    }

    /** The ways to offer, in the chooser's order: reason, objection, undercut. */
    private static List<Connection> ways(Drop drop) {
        return List.of(Connection.values()).stream().filter(drop.possible()::contains).toList();
    }

    private String releaseHint(Drop drop) {
        if (view.map().node(drop.targetId()) instanceof Inference) {
            return "Release: undercut this step";
        }
        List<Connection> ways = ways(drop);
        return ways.size() == 1 ? "Release: " + ways.get(0).description().toLowerCase()
                : "Release, then choose: " + String.join(", ", ways.stream().map(ConnectGesture::label).toList());
    }

    private void choose(String from, String target, List<Connection> ways, double screenX, double screenY) {
        ContextMenu menu = new ContextMenu();
        menu.setId("connect-chooser");
        for (Connection way : ways) {
            MenuItem item = new MenuItem(label(way));
            item.setId("connect-" + way.name().toLowerCase());
            item.setOnAction(e -> connect(from, target, way));
            menu.getItems().add(item);
        }
        menu.setOnHidden(e -> {
            if (chooser == menu) {
                chooser = null;
            }
            end();
            view.setHint(PointerController.BACKGROUND_HINT);
        });
        chooser = menu;
        menu.show(view, screenX, screenY);
        view.setHint("Choose how to connect · Escape: cancel");
    }

    private void connect(String from, String target, Connection way) {
        try {
            view.history().execute(new ConnectCommand(view.map(), from, target, way));
        } catch (EditRefusedException e) {
            view.announce(e.getMessage());
        }
    }

    private void end() {
        source = null;
        drop = null;
        targets = null;
        view.decorations().overlay().endConnection();
        view.setCursor(Cursor.DEFAULT);
    }

    /** The chooser's word for a connection: "Reason", "Objection", "Undercut". */
    static String label(Connection way) {
        String name = way.name();
        return name.charAt(0) + name.substring(1).toLowerCase();
    }
}
