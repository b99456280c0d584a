package org.argumap.ui;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * A panel at the left or right edge of the window's split centre (the outline, the inspector), or
 * at the bottom of a vertical split (the problems and statistics), that can be hidden and shown
 * again with the width the user last gave it, for the rest of the session. A hidden panel is taken
 * out of the split, so the map has the room and the panel does no work. The panel keeps its width
 * (a bottom panel its height) when the window grows or shrinks, or when the panel on the other side
 * comes or goes: the map takes the difference. Showing a panel by the user's choice moves the focus
 * into it; hiding it while it has the focus gives the focus back to the map.
 */
public final class SidePanelSlot {
    private static final double MAX_CORRECTION = 20;

    private final SplitPane split;
    private final Region panel;
    private final Side side;
    /** True at the top or bottom of a vertical split, where the panel's extent is its height. */
    private final boolean across;
    private final Runnable focusPanel;
    private final Runnable focusMap;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    /** The extent the user last gave the panel (or the initial one), kept while it is hidden. */
    private double width;
    /** True from a change of the split's items until this panel's divider is back in place. */
    private boolean settling;

    /**
     * @param side         {@link Side#LEFT} or {@link Side#RIGHT} of a horizontal split, {@link Side#TOP}
     *                     or {@link Side#BOTTOM} of a vertical one
     * @param initialWidth the panel's width (height at the top or bottom) the first time it shows
     * @param focusPanel   moves the focus into the panel when the user shows it
     * @param focusMap     gives the focus back when the panel hides while it has it
     */
    public SidePanelSlot(SplitPane split, Region panel, Side side, double initialWidth, boolean initiallyShown,
            Runnable focusPanel, Runnable focusMap) {
        this.across = side == Side.TOP || side == Side.BOTTOM;
        if (across != (split.getOrientation() == Orientation.VERTICAL)) {
            throw new IllegalArgumentException("a panel at the " + side + " needs a split that runs the other way");
        }
        this.split = Objects.requireNonNull(split);
        this.panel = Objects.requireNonNull(panel);
        this.side = side;
        this.focusPanel = Objects.requireNonNull(focusPanel);
        this.focusMap = Objects.requireNonNull(focusMap);
        this.width = initialWidth;
        SplitPane.setResizableWithParent(panel, false);
        extentProperty(split).addListener((o, old, now) -> {
            if (old.doubleValue() <= 0 && now.doubleValue() > 0 && isShown()) {
                placeDivider();
            }
        });
        // Adding or removing the other side's panel moves every divider; put this one back where it
        // was, and take no width it passes through meanwhile for the user's.
        split.getItems().addListener((ListChangeListener<Node>) change -> {
            if (isDocked()) {
                settling = true;
                Platform.runLater(this::placeDivider);
            }
        });
        extentProperty(panel).addListener((o, old, now) -> {
            if (!settling && isDocked() && now.doubleValue() > 0 && extent(split) > 0) {
                width = now.doubleValue();
            }
        });
        shown.set(initiallyShown);
        if (initiallyShown) {
            dock();
        }
        shown.addListener((o, was, now) -> {
            if (now) {
                show();
            } else {
                hide();
            }
        });
    }

    /** Whether the panel is in the window; the View menu's check item binds to it. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public boolean isShown() {
        return shown.get();
    }

    public void setShown(boolean value) {
        shown.set(value);
    }

    private boolean isDocked() {
        return split.getItems().contains(panel);
    }

    private void dock() {
        settling = true;
        if (leading()) {
            split.getItems().add(0, panel);
        } else {
            split.getItems().add(panel);
        }
        placeDivider();
    }

    private void show() {
        if (!isDocked()) {
            dock();
        }
        focusPanel.run();
    }

    private void hide() {
        boolean hadFocus = split.getScene() != null && contains(panel, split.getScene().getFocusOwner());
        split.getItems().remove(panel);
        if (hadFocus) {
            focusMap.run();
        }
    }

    /**
     * Puts the divider where the panel gets its width. A divider's position is where its middle
     * is, so the first try is off by half the divider's thickness; the split is laid out once and
     * the position corrected by what the panel actually got.
     */
    private void placeDivider() {
        double total = extent(split);
        int dividers = split.getDividers().size();
        if (total <= 0 || dividers == 0 || !isDocked()) {
            return;
        }
        // Let the split take in a change of its items first: its own layout would reset the dividers.
        split.applyCss();
        split.layout();
        double wanted = Math.min(0.45 * total, width);
        int divider = leading() ? 0 : dividers - 1;
        double sign = leading() ? 1 : -1;
        double position = leading() ? wanted / total : 1 - wanted / total;
        split.setDividerPosition(divider, position);
        split.layout();
        double error = wanted - extent(panel);
        // Only a divider's thickness is corrected: before the window's first layout the panel's
        // width says nothing yet, and a correction from it would throw the divider off the split.
        if (Math.abs(error) > 0.5 && Math.abs(error) < MAX_CORRECTION) {
            split.setDividerPosition(divider, position + sign * error / total);
            split.layout();
        }
        settling = false;
    }

    /** Left or top: the panel comes first in the split and its divider is the first. */
    private boolean leading() {
        return side == Side.LEFT || side == Side.TOP;
    }

    private ReadOnlyDoubleProperty extentProperty(Region region) {
        return across ? region.heightProperty() : region.widthProperty();
    }

    private double extent(Region region) {
        return across ? region.getHeight() : region.getWidth();
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
