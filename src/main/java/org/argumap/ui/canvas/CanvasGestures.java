package org.argumap.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.layout.Rect;
import org.argumap.model.Position;
import org.argumap.model.Statement;

/**
 * What the mouse does on the map: drag a box to move it, drag the background to pan, wheel to
 * scroll, Ctrl/Cmd + wheel (or a pinch) to zoom around the pointer.
 */
final class CanvasGestures {
    /** A press that moves less than this is a click, not a drag, and must not move the box. */
    private static final double DRAG_THRESHOLD = 3;
    /** Zoom per wheel unit; one notch (40 units) is about 10 %. */
    private static final double WHEEL_ZOOM_BASE = 1.0025;

    private final MapCanvas view;
    private double lastX;
    private double lastY;
    private double pressX;
    private double pressY;
    private Statement dragged;
    private double grabOffsetX;
    private double grabOffsetY;
    private Object gesture;
    private boolean moving;

    CanvasGestures(MapCanvas view) {
        this.view = view;
    }

    void install() {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            view.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragged = view.statementAt(e.getX(), e.getY());
        moving = false;
        if (dragged != null) {
            Rect box = view.geometry().rectOf(dragged.id());
            Viewport viewport = view.viewport();
            grabOffsetX = box.centreX() - viewport.toMapX(e.getX());
            grabOffsetY = box.centreY() - viewport.toMapY(e.getY());
            gesture = new Object();
            view.setEmphasised(dragged.id());
        } else {
            view.setCursor(Cursor.CLOSED_HAND);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (dragged != null) {
            if (!moving && Math.hypot(e.getX() - pressX, e.getY() - pressY) < DRAG_THRESHOLD) {
                return;
            }
            moving = true;
            view.setCursor(Cursor.MOVE);
            Viewport viewport = view.viewport();
            Position centre = new Position(viewport.toMapX(e.getX()) + grabOffsetX, viewport.toMapY(e.getY()) + grabOffsetY);
            view.history().execute(new MoveBoxCommand(view.map(), dragged.id(), centre, gesture));
        } else {
            view.panBy(e.getX() - lastX, e.getY() - lastY);
        }
        lastX = e.getX();
        lastY = e.getY();
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragged = null;
        gesture = null;
        moving = false;
        view.setEmphasised(null);
        view.setCursor(Cursor.DEFAULT);
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            view.zoomAt(Math.pow(WHEEL_ZOOM_BASE, e.getDeltaY()), e.getX(), e.getY());
        } else {
            view.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }
}
