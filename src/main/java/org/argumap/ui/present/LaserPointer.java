package org.argumap.ui.present;

import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A red dot that follows the mouse in place of the pointer (L switches it), as presenters use a
 * laser pen: larger and brighter than an arrow, and with a glow that stays visible on a projected
 * white map.
 */
final class LaserPointer {
    private static final Color RED = Color.rgb(230, 20, 30);
    private final Circle dot = new Circle(9, RED);
    private final Scene scene;
    private boolean on;

    LaserPointer(Scene scene) {
        this.scene = scene;
        dot.setId("laser-pointer");
        dot.setEffect(new DropShadow(16, RED.deriveColor(0, 1, 1, 0.85)));
        dot.setStroke(Color.rgb(255, 220, 220, 0.9));
        dot.setStrokeWidth(2);
        dot.setManaged(false);
        dot.setMouseTransparent(true);
        dot.setVisible(false);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::track);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::track);
        scene.addEventFilter(MouseEvent.MOUSE_EXITED_TARGET, e -> {
            if (e.getTarget() == scene.getRoot()) {
                dot.setVisible(false);
            }
        });
    }

    /** The dot, to put on top of everything else. */
    Circle dot() {
        return dot;
    }

    boolean isOn() {
        return on;
    }

    void toggle() {
        setOn(!on);
    }

    void setOn(boolean value) {
        on = value;
        scene.setCursor(value ? Cursor.NONE : Cursor.DEFAULT);
        if (!value) {
            dot.setVisible(false);
        }
    }

    private void track(MouseEvent e) {
        if (on) {
            dot.setCenterX(e.getSceneX());
            dot.setCenterY(e.getSceneY());
            dot.setVisible(true);
        }
    }
}
