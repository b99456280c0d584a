package org.argumap.ui.inspector;

import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * A panel at the right edge of a split pane that can be hidden and shown again with the width the
 * user last dragged it to (for the rest of the session). The panel keeps its width when the window
 * grows or shrinks, so the map gets the difference. Showing it by the user's choice moves the focus
 * into it; hiding it while it has the focus gives the focus back to the map.
 */
public final class SidePanelSlot {
    private final SplitPane split;
    private final Region panel;
    private final Runnable focusPanel;
    private final Runnable focusMap;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private double width;

    /**
     * @param initialWidth the panel's width the first time it shows
     * @param focusPanel   moves the focus into the panel when the user shows it
     * @param focusMap     gives the focus back when the panel hides while it has it
     */
    public SidePanelSlot(SplitPane split, Region panel, double initialWidth, boolean initiallyShown,
            Runnable focusPanel, Runnable focusMap) {
        this.split = Objects.requireNonNull(split);
        this.panel = Objects.requireNonNull(panel);
        this.focusPanel = Objects.requireNonNull(focusPanel);
        this.focusMap = Objects.requireNonNull(focusMap);
        this.width = initialWidth;
        SplitPane.setResizableWithParent(panel, false);
        split.widthProperty().addListener((o, old, now) -> {
            if (old.doubleValue() <= 0 && now.doubleValue() > 0 && isShown()) {
                placeDivider();
            }
        });
        shown.set(initiallyShown);
        if (initiallyShown) {
            split.getItems().add(panel);
            placeDivider();
        }
        shown.addListener((o, was, now) -> {
            if (now) {
                show();
            } else {
                hide();
            }
        });
    }

    /** Whether the panel is in the window; View › Inspector binds its check mark to it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public boolean isShown() {
        return shown.get();
    }

    public void setShown(boolean value) {
        shown.set(value);
    }

    private void show() {
        if (!split.getItems().contains(panel)) {
            split.getItems().add(panel);
            placeDivider();
        }
        focusPanel.run();
    }

    private void hide() {
        boolean hadFocus = split.getScene() != null && contains(panel, split.getScene().getFocusOwner());
        if (panel.getWidth() > 0) {
            width = panel.getWidth();
        }
        split.getItems().remove(panel);
        if (hadFocus) {
            focusMap.run();
        }
    }

    private void placeDivider() {
        double total = split.getWidth();
        int last = split.getDividers().size() - 1;
        if (total > 0 && last >= 0) {
            split.setDividerPosition(last, Math.max(0.2, 1 - width / total));
        }
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
