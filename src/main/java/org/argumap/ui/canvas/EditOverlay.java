package org.argumap.ui.canvas;

import java.util.List;
import java.util.Objects;
import org.argumap.layout.Point;

/**
 * What the mouse's editing gestures show over the map while they run: the snapping guides of a
 * box drag, the group of co-premises a drop would join, and a connection being drawn from a
 * handle (its rubber line, the box or arrow it would connect to, and whether it may). The
 * gestures set it, {@link OverlayPainter} draws it; each change asks for one redraw, and only
 * when something changed.
 */
final class EditOverlay {
    private final Runnable redraw;
    private List<SnapGuides.Guide> guides = List.of();
    private String group;
    private boolean groupAllowed;
    private String handleHovered;
    private String connectFrom;
    private Point pointer;
    private String connectTarget;
    private boolean connectAllowed;

    EditOverlay(Runnable redraw) {
        this.redraw = redraw;
    }

    /** The guides where dragged boxes align, in map units; empty for none. */
    List<SnapGuides.Guide> guides() {
        return guides;
    }

    void setGuides(List<SnapGuides.Guide> now) {
        if (!guides.equals(now)) {
            guides = List.copyOf(now);
            redraw.run();
        }
    }

    /** The inference whose co-premises a drop would join, or null. */
    String group() {
        return group;
    }

    /** Whether the drop may join {@link #group()}; if not it is shown as refused. */
    boolean groupAllowed() {
        return groupAllowed;
    }

    void setGroup(String inferenceId, boolean allowed) {
        if (!Objects.equals(group, inferenceId) || groupAllowed != allowed) {
            group = inferenceId;
            groupAllowed = allowed;
            redraw.run();
        }
    }

    /** The statement whose handle the pointer is on, or null. */
    String handleHovered() {
        return handleHovered;
    }

    void hoverHandle(String statementId) {
        if (!Objects.equals(handleHovered, statementId)) {
            handleHovered = statementId;
            redraw.run();
        }
    }

    /** The statement a connection is drawn from, or null when none is. */
    String connectFrom() {
        return connectFrom;
    }

    /** Where the rubber line of a connection ends: the pointer, in view coordinates. */
    Point pointer() {
        return pointer;
    }

    /** The box or inference the connection would be made to, or null. */
    String connectTarget() {
        return connectTarget;
    }

    boolean connectAllowed() {
        return connectAllowed;
    }

    /** A connection drawn from {@code fromId} to the pointer at {@code viewPointer}, over this target. */
    void setConnection(String fromId, Point viewPointer, String targetId, boolean allowed) {
        if (!Objects.equals(connectFrom, fromId) || !Objects.equals(pointer, viewPointer)
                || !Objects.equals(connectTarget, targetId) || connectAllowed != allowed) {
            connectFrom = fromId;
            pointer = viewPointer;
            connectTarget = targetId;
            connectAllowed = allowed;
            redraw.run();
        }
    }

    void endConnection() {
        setConnection(null, null, null, false);
    }

    /** Everything off: a new map, or the end of a gesture. */
    void reset() {
        guides = List.of();
        group = null;
        handleHovered = null;
        connectFrom = null;
        pointer = null;
        connectTarget = null;
        redraw.run();
    }
}
