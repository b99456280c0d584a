package org.argumap.ui.outline;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.SplitPane;

/**
 * Puts the outline at the left of the window's split centre while {@code shown} is true, and takes
 * it out (so the canvas has the room, and the hidden outline does no work) while it is false. The
 * width the user gave it is kept for the next time it shows.
 */
public final class OutlineDock {
    private static final double DEFAULT_SHARE = 0.24;

    private final SplitPane split;
    private final OutlinePanel panel;
    private double share = DEFAULT_SHARE;

    private OutlineDock(SplitPane split, OutlinePanel panel) {
        this.split = split;
        this.panel = panel;
    }

    public static void attach(SplitPane split, OutlinePanel panel, BooleanProperty shown) {
        OutlineDock dock = new OutlineDock(split, panel);
        SplitPane.setResizableWithParent(panel, false);
        // The split pane is only a frame for the panels: no border or padding round the canvas.
        split.setStyle("-fx-padding: 0; -fx-background-color: transparent; -fx-background-insets: 0;");
        shown.addListener((o, was, now) -> dock.show(now));
        dock.show(shown.get());
    }

    private void show(boolean shown) {
        boolean docked = split.getItems().contains(panel);
        if (shown && !docked) {
            split.getItems().add(0, panel);
            split.setDividerPosition(0, share);
        } else if (!shown && docked) {
            share = split.getDividerPositions()[0];
            split.getItems().remove(panel);
        }
    }
}
