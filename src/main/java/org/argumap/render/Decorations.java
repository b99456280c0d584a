package org.argumap.render;

import java.util.Set;

/**
 * What is drawn on a map besides the map itself: the selection, the box under the pointer, the
 * collapse state of branches, the boxes a drag lifts above the others, what a search picks out,
 * and what a presentation hides or draws receded. The canvas answers from its controllers; an
 * export answers {@link #NONE}, or hides what it leaves out.
 */
public interface Decorations {
    /** Nothing selected, hovered, collapsed or found: the map as it is, for exports. */
    Decorations NONE = new Decorations() {
    };

    default boolean isSelected(String statementId) {
        return false;
    }

    /** The statement under the pointer, or null. */
    default String hoveredId() {
        return null;
    }

    /** How many statements this collapsed statement hides; 0 if it is not collapsed. */
    default int hiddenBelow(String statementId) {
        return 0;
    }

    /** Whether the statement has anything below it that it could collapse: it gets a toggle. */
    default boolean hasBranch(String statementId) {
        return false;
    }

    /** Whether the pointer is on this statement's collapse toggle. */
    default boolean isToggleHovered(String statementId) {
        return false;
    }

    /** Boxes drawn last, on top of all others, with a lifted shadow: the ones being dragged. */
    default Set<String> lifted() {
        return Set.of();
    }

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

    /**
     * Whether this statement is not drawn at all, nor the links that come only from hidden
     * statements or lead to one: not yet revealed by a presentation, or left out of an export.
     */
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
