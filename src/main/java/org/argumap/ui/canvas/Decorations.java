package org.argumap.ui.canvas;

import java.util.Set;
import org.argumap.layout.Rect;

/**
 * What the canvas shows besides the map itself: the selection, the box under the pointer, the
 * collapse state of branches, the boxes a drag lifts above the others, a rubber band, what a
 * search picks out, and what a presentation hides or draws receded. The painter
 * reads it; the controllers change it through the canvas.
 */
interface Decorations {
    boolean isSelected(String statementId);

    /** The statement under the pointer, or null. */
    String hoveredId();

    /** How many statements this collapsed statement hides; 0 if it is not collapsed. */
    int hiddenBelow(String statementId);

    /** Whether the statement has anything below it that it could collapse. */
    boolean hasBranch(String statementId);

    /** Whether the pointer is on this statement's collapse toggle. */
    boolean isToggleHovered(String statementId);

    /** What the mouse's editing gestures show (handles, guides, a connection); null where there is no pointer. */
    default EditOverlay overlay() {
        return null;
    }

    /** Boxes drawn last, on top of all others, with a lifted shadow: the ones being dragged. */
    Set<String> lifted();

    /** The rubber band being dragged, in view coordinates, or null. */
    Rect rubberBand();

    /** Whether a search or filter picks this statement out: it gets a marker band. */
    default boolean isMatch(String statementId) {
        return false;
    }

    /** Whether this is the match the search stepped to: a wider band. */
    default boolean isCurrentMatch(String statementId) {
        return false;
    }

    /** Whether a search or filter is active and leaves this statement out: drawn faint, with its links. */
    default boolean isDimmed(String statementId) {
        return false;
    }

    /** Whether a presentation has not revealed this statement yet: it is not drawn, nor its links. */
    default boolean isHidden(String statementId) {
        return false;
    }

    /** Whether {@link #isHidden} may be true for any statement; false spares the painter the checks. */
    default boolean hidesSome() {
        return false;
    }

    /** Whether a presentation revealed this statement at an earlier step: drawn faint, behind the focused ones. */
    default boolean isReceded(String statementId) {
        return false;
    }
}
