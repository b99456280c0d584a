package org.argumap.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.argumap.edit.Selection;
import org.argumap.layout.Rect;
import org.argumap.model.Position;
import org.argumap.render.BoxPainter;
import org.argumap.render.BranchBadge;
import org.argumap.render.LaidOutMap;
import org.argumap.render.Viewport;

/**
 * What the mouse does on the map.
 *
 * <ul>
 *   <li>Click a box: select it; Shift- or Ctrl/Cmd-click: add it to the selection or take it out.</li>
 *   <li>Drag a box: move it, with every other selected box (one undo step); its edges and centre
 *       snap to the boxes in view, with guides ({@link MoveGesture}). Dropped on a group of linked
 *       co-premises, it joins the group instead. Alt: no snapping, no joining.</li>
 *   <li>Drag the handle on a hovered or selected box's top edge onto another box or an arrow:
 *       connect it there, asking how where several ways are possible ({@link ConnectGesture}).</li>
 *   <li>Drag the background (or drag with the middle button anywhere): pan. Click it: select nothing.</li>
 *   <li>Shift + drag on the background: a rubber band; the boxes wholly inside become the selection
 *       (with Ctrl/Cmd as well, they are added to it).</li>
 *   <li>Click a collapse toggle: fold the branch below the box away, or bring it back.</li>
 *   <li>Double-click a box: edit its text in place. Double-click the background: a new main claim
 *       there, which the view's owner adds ({@link #setOnBackgroundDoubleClick}).</li>
 *   <li>Right click: the context menu, for the box under the pointer (selected first) or the map.</li>
 * </ul>
 * Plain dragging pans rather than drawing a band because reading and presenting, which need
 * panning, are what a map is mostly used for; the status bar says so where the pointer is.
 */
final class PointerController {
    /** A press that moves less than this is a click, not a drag. */
    private static final double DRAG_THRESHOLD = 3;
    static final String BACKGROUND_HINT =
            "Drag: pan · Double-click: new claim · Shift+drag: select area · Ctrl+wheel, + −: zoom · 0: fit";
    private static final String BOX_HINT = "Click: select · Shift+click: add · Double-click: edit · Drag: move";
    private static final String BRANCH_HINT = BOX_HINT + " · Space: collapse";

    private enum Mode { NONE, PAN, BAND, BOX, CONNECT }

    private final MapCanvas view;
    private Mode mode = Mode.NONE;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private String pressedBox;
    /** A press on a box that was already selected: a click without a drag narrows the selection to it. */
    private boolean pressedSelected;
    private MoveGesture drag;
    private final ConnectGesture connect;
    private ContextMenu boxMenu;
    private ContextMenu backgroundMenu;
    private Consumer<Position> onBackgroundDoubleClick;

    PointerController(MapCanvas view) {
        this.view = view;
        this.connect = new ConnectGesture(view);
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (mode == Mode.NONE) {
                view.decorations().hover(null, false);
                view.decorations().overlay().hoverHandle(null);
                view.setHint(BACKGROUND_HINT);
            }
        });
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::doubleClicked);
    }

    /**
     * A double click on a box edits its text; the first click has selected it already. One on the
     * background (not on a toggle or a handle) asks for a new claim there.
     */
    private void doubleClicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()
                && toggleAt(e.getX(), e.getY()) == null) {
            String box = statementAt(e.getX(), e.getY());
            if (box != null) {
                view.startEditing(box, null);
                e.consume();
            } else if (onBackgroundDoubleClick != null && connect.handleAt(e.getX(), e.getY()) == null) {
                Viewport viewport = view.viewport();
                onBackgroundDoubleClick.accept(new Position(viewport.toMapX(e.getX()), viewport.toMapY(e.getY())));
                e.consume();
            }
        }
    }

    void setOnBackgroundDoubleClick(Consumer<Position> atMapPoint) {
        onBackgroundDoubleClick = atMapPoint;
    }

    void setContextMenus(ContextMenu onBox, ContextMenu onBackground) {
        boxMenu = onBox;
        backgroundMenu = onBackground;
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        hideMenus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        moved = false;
        if (e.getButton() == MouseButton.MIDDLE) {
            mode = Mode.PAN;
            view.setCursor(Cursor.CLOSED_HAND);
            e.consume();
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String toggled = toggleAt(e.getX(), e.getY());
        if (toggled != null) {
            mode = Mode.NONE;
            view.folding().toggle(toggled);
            e.consume();
            return;
        }
        String handle = connect.handleAt(e.getX(), e.getY());
        if (handle != null) {
            mode = Mode.CONNECT;
            connect.start(handle, e.getX(), e.getY());
            e.consume();
            return;
        }
        pressedBox = statementAt(e.getX(), e.getY());
        boolean adding = e.isShiftDown() || e.isShortcutDown();
        if (pressedBox != null) {
            mode = Mode.BOX;
            Selection selection = view.selection();
            pressedSelected = selection.contains(pressedBox) && !adding;
            if (adding) {
                selection.toggle(pressedBox);
            } else if (!pressedSelected) {
                selection.select(pressedBox);
            }
        } else if (adding) {
            mode = Mode.BAND;
        } else {
            mode = Mode.PAN;
            view.setCursor(Cursor.CLOSED_HAND);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (mode == Mode.NONE) {
            return;
        }
        if (!moved && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
            return;
        }
        moved = true;
        switch (mode) {
            case PAN -> view.navigation().panBy(e.getX() - lastX, e.getY() - lastY);
            case BAND -> view.decorations().setRubberBand(band(e.getX(), e.getY()));
            case BOX -> dragBoxes(e);
            case CONNECT -> connect.dragTo(e.getX(), e.getY());
            default -> { }
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void dragBoxes(MouseEvent e) {
        if (drag == null) {
            if (!view.selection().contains(pressedBox)) {
                return; // Shift-clicked out of the selection: nothing to drag.
            }
            drag = new MoveGesture(view, view.selection().ids());
        }
        drag.dragTo(e.getX() - pressX, e.getY() - pressY, e.getX(), e.getY(), e.isAltDown());
    }

    private void released(MouseEvent e) {
        if (mode == Mode.NONE || e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        Mode ended = mode;
        mode = Mode.NONE;
        view.setCursor(Cursor.DEFAULT);
        switch (ended) {
            case PAN -> {
                if (!moved && e.getButton() == MouseButton.PRIMARY) {
                    view.clearSelection();
                }
            }
            case BAND -> finishBand(e);
            case BOX -> finishBox();
            case CONNECT -> {
                if (moved) {
                    connect.finish(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
                } else {
                    connect.click();
                }
            }
            default -> { }
        }
        e.consume();
        hover(e.getX(), e.getY());
    }

    private void finishBand(MouseEvent e) {
        Rect band = view.decorations().rubberBand();
        view.decorations().setRubberBand(null);
        if (band == null) {
            return;
        }
        Rect area = view.viewport().toMap(band);
        List<String> inside = new ArrayList<>();
        LaidOutMap laidOut = view.laidOut();
        for (String id : laidOut.statementsIn(area)) {
            Rect box = laidOut.rectOf(id);
            if (box.x() >= area.x() && box.y() >= area.y() && box.maxX() <= area.maxX() && box.maxY() <= area.maxY()) {
                inside.add(id);
            }
        }
        if (e.isShortcutDown()) {
            view.selection().add(inside);
        } else {
            view.selection().selectOnly(inside);
        }
    }

    private void finishBox() {
        if (drag != null) {
            MoveGesture finished = drag;
            drag = null;
            finished.finish();
        } else if (!moved && pressedSelected) {
            view.selection().select(pressedBox);
        }
        pressedBox = null;
    }

    private void contextMenu(ContextMenuEvent e) {
        hideMenus();
        String box = statementAt(e.getX(), e.getY());
        if (box != null && !view.selection().contains(box)) {
            view.selection().select(box);
        }
        ContextMenu menu = box != null ? boxMenu : backgroundMenu;
        if (menu != null) {
            menu.show(view, e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    private void hideMenus() {
        connect.hideChooser();
        if (boxMenu != null) {
            boxMenu.hide();
        }
        if (backgroundMenu != null) {
            backgroundMenu.hide();
        }
    }

    /** Updates the hovered box, its toggle, the cursor and the hint for a pointer at this view point. */
    private void hover(double x, double y) {
        if (mode != Mode.NONE || connect.isChoosing()) {
            return;
        }
        String toggled = toggleAt(x, y);
        String handle = toggled == null ? connect.handleAt(x, y) : null;
        String box = toggled != null ? toggled : handle != null ? handle : statementAt(x, y);
        view.decorations().hover(box, toggled != null);
        view.decorations().overlay().hoverHandle(handle);
        view.setCursor(toggled != null || handle != null ? Cursor.HAND : Cursor.DEFAULT);
        if (handle != null) {
            view.setHint(ConnectGesture.HANDLE_HINT);
        } else if (toggled != null) {
            int hidden = view.folding().hiddenBelow(toggled);
            view.setHint(hidden > 0
                    ? "Click to show the " + hidden + (hidden == 1 ? " hidden statement" : " hidden statements")
                    : "Click to hide this branch (Space)");
        } else if (box != null) {
            view.setHint(view.layouts().hasBranch(box) ? BRANCH_HINT : BOX_HINT);
        } else {
            view.setHint(BACKGROUND_HINT);
        }
    }

    private String statementAt(double x, double y) {
        Viewport viewport = view.viewport();
        return view.laidOut().statementAt(viewport.toMapX(x), viewport.toMapY(y));
    }

    /**
     * The statement whose collapse toggle is under this view point: a collapsed one's pill, or the
     * round toggle of the hovered or a selected box, the only ones that show it.
     */
    private String toggleAt(double x, double y) {
        Viewport viewport = view.viewport();
        double mapX = viewport.toMapX(x);
        double mapY = viewport.toMapY(y);
        double zoom = viewport.zoom();
        if (zoom < BoxPainter.BLOCK_ONLY_ZOOM) {
            return null;
        }
        LaidOutMap laidOut = view.laidOut();
        double reach = BranchBadge.rectOf(new Rect(0, 0, 0, 0), 0, zoom).height();
        Rect near = new Rect(mapX - reach * 4, mapY - reach, reach * 8, reach * 2);
        List<String> candidates = laidOut.statementsIn(near);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String id = candidates.get(i);
            int hidden = view.layouts().hiddenBelow(id);
            boolean shown = hidden > 0 || (id.equals(view.decorations().hoveredId())
                    || view.selection().contains(id)) && view.layouts().hasBranch(id);
            if (shown && BranchBadge.rectOf(laidOut.rectOf(id), hidden, zoom).contains(mapX, mapY)) {
                return id;
            }
        }
        return null;
    }

    private Rect band(double x, double y) {
        return new Rect(Math.min(pressX, x), Math.min(pressY, y), Math.abs(x - pressX), Math.abs(y - pressY));
    }
}
