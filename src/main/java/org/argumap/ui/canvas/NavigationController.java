package org.argumap.ui.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Moving around the map with the wheel, the touchpad and the keyboard.
 *
 * <ul>
 *   <li>Wheel or two-finger scroll: pan; Shift + wheel: pan sideways.</li>
 *   <li>Ctrl/Cmd + wheel, or a pinch: zoom around the pointer, which stays on the same spot of the map.</li>
 *   <li>Ctrl/Cmd + arrow keys: pan a step; with Shift, or Page Up/Down (Shift + Page Up/Down sideways): a screen.</li>
 *   <li>+ and −: zoom around the centre; 0: fit the map.</li>
 *   <li>Space: collapse or expand the selected branches; Escape: select nothing.</li>
 * </ul>
 * The plain keys act only while the canvas has the focus, so they never fire while the user
 * types in a field or in the box being edited; the menus carry Ctrl/Cmd versions of the same
 * commands. Plain arrow keys move the selection ({@link BoxKeys}); plain letters start editing.
 */
final class NavigationController {
    private static final double PAN_STEP = 80;
    private static final double PAGE = 0.85;
    private static final double WHEEL_NOTCH = 40;
    /** Zoom per wheel unit; one notch (40 units) is about 10 %. */
    private static final double WHEEL_ZOOM_BASE = 1.0025;
    private static final double KEY_ZOOM = 1.25;

    private final MapCanvas view;
    private final Navigation navigation;

    NavigationController(MapCanvas view) {
        this.view = view;
        this.navigation = view.navigation();
    }

    void install() {
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, e -> {
            navigation.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void scrolled(ScrollEvent e) {
        double dx = pixels(e.getDeltaX(), e.getMultiplierX(), e);
        double dy = pixels(e.getDeltaY(), e.getMultiplierY(), e);
        if (e.isShortcutDown() || e.isControlDown()) {
            navigation.zoomAt(Math.pow(WHEEL_ZOOM_BASE, dy != 0 ? dy : dx), e.getX(), e.getY());
        } else if (e.isShiftDown() && dx == 0) {
            navigation.panBy(dy, 0);
        } else {
            navigation.panBy(dx, dy);
        }
        e.consume();
    }

    /**
     * A wheel notch is the same distance on every platform: toolkits report it as 40 units with a
     * multiplier of 40 on one system and as 1 with a multiplier of 1 on another. A touchpad's
     * scroll is already in pixels and is taken as it is.
     */
    private static double pixels(double delta, double multiplier, ScrollEvent e) {
        boolean wheel = e.getTouchCount() == 0 && e.getTextDeltaYUnits() == ScrollEvent.VerticalTextScrollUnits.LINES
                && multiplier > 0;
        return wheel ? delta / multiplier * WHEEL_NOTCH : delta;
    }

    private void keyPressed(KeyEvent e) {
        // Keys that come from the in-place editor belong to the text being typed, not to the view.
        if (e.getTarget() != view || e.isAltDown() || e.isMetaDown() && !e.isShortcutDown()) {
            return;
        }
        boolean handled = e.isShortcutDown() ? shortcutKey(e) : plainKey(e);
        if (handled) {
            e.consume();
        }
    }

    /** Ctrl/Cmd + arrows pan; everything else with Ctrl/Cmd belongs to the menus. */
    private boolean shortcutKey(KeyEvent e) {
        double step = e.isShiftDown() ? PAGE : 0;
        double dx = step > 0 ? view.getWidth() * step : PAN_STEP;
        double dy = step > 0 ? view.getHeight() * step : PAN_STEP;
        // The view moves over the map: Right shows what is to the right, so the map moves left.
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> navigation.panBy(dx, 0);
            case RIGHT, KP_RIGHT -> navigation.panBy(-dx, 0);
            case UP, KP_UP -> navigation.panBy(0, dy);
            case DOWN, KP_DOWN -> navigation.panBy(0, -dy);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean plainKey(KeyEvent e) {
        KeyCode code = e.getCode();
        double pageX = view.getWidth() * PAGE;
        double pageY = view.getHeight() * PAGE;
        switch (code) {
            case PAGE_UP -> {
                if (e.isShiftDown()) {
                    navigation.panBy(pageX, 0);
                } else {
                    navigation.panBy(0, pageY);
                }
            }
            case PAGE_DOWN -> {
                if (e.isShiftDown()) {
                    navigation.panBy(-pageX, 0);
                } else {
                    navigation.panBy(0, -pageY);
                }
            }
            case PLUS, EQUALS, ADD -> navigation.zoomAt(KEY_ZOOM, view.getWidth() / 2, view.getHeight() / 2);
            case MINUS, SUBTRACT -> navigation.zoomAt(1 / KEY_ZOOM, view.getWidth() / 2, view.getHeight() / 2);
            case DIGIT0, NUMPAD0 -> navigation.fitMap();
            case SPACE -> view.folding().toggleSelection();
            case ESCAPE -> view.clearSelection();
            default -> {
                return false;
            }
        }
        return true;
    }
}
