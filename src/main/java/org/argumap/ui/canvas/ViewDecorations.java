package org.argumap.ui.canvas;

import java.util.Objects;
import java.util.Set;
import org.argumap.layout.Rect;
import org.argumap.render.LaidOutMap;
import org.argumap.render.Decorations;

/**
 * The canvas's decorations as the pointer leaves them: which box is hovered, whether the pointer
 * is on its collapse toggle, which boxes a drag lifts, the rubber band. Each change asks for one
 * redraw, and only when something changed, so moving the mouse over the background costs nothing.
 */
final class ViewDecorations implements Decorations {
    private final MapCanvas view;
    private String hovered;
    private boolean toggleHovered;
    private Set<String> lifted = Set.of();
    private Rect rubberBand;
    private final EditOverlay overlay;
    private Highlights highlights = Highlights.NONE;
    private final HiddenMatches hiddenMatches = new HiddenMatches();
    private Spotlight spotlight = Spotlight.NONE;

    ViewDecorations(MapCanvas view) {
        this.view = view;
        this.overlay = new EditOverlay(view::requestRedraw);
    }

    /** What the mouse's editing gestures show (handles, guides, a connection). */
    EditOverlay overlay() {
        return overlay;
    }

    @Override
    public boolean isSelected(String statementId) {
        return view.selection().contains(statementId);
    }

    @Override
    public String hoveredId() {
        return hovered;
    }

    @Override
    public int hiddenBelow(String statementId) {
        return view.layouts().hiddenBelow(statementId);
    }

    @Override
    public boolean hasBranch(String statementId) {
        return view.layouts().hasBranch(statementId);
    }

    @Override
    public boolean isToggleHovered(String statementId) {
        return toggleHovered && statementId.equals(hovered);
    }

    @Override
    public Set<String> lifted() {
        return lifted;
    }

    /** The rubber band being dragged, in view coordinates, or null. */
    Rect rubberBand() {
        return rubberBand;
    }

    @Override
    public boolean isMatch(String statementId) {
        return highlights.isMatch(statementId);
    }

    @Override
    public boolean isCurrentMatch(String statementId) {
        return highlights.isCurrent(statementId);
    }

    @Override
    public boolean isDimmed(String statementId) {
        return highlights.leavesOut(statementId) && !(hiddenBelow(statementId) > 0
                && hiddenMatches.hides(statementId, view.map(), view.layouts().current(), highlights,
                view.layouts()::collapsedIds));
    }

    @Override
    public boolean isHidden(String statementId) {
        return spotlight.isHidden(statementId);
    }

    @Override
    public boolean hidesSome() {
        return spotlight != Spotlight.NONE;
    }

    @Override
    public boolean isReceded(String statementId) {
        return spotlight.isReceded(statementId);
    }

    Spotlight spotlight() {
        return spotlight;
    }

    /** What a presentation hides and draws receded; redraws, since the step usually changed with it. */
    void setSpotlight(Spotlight value) {
        spotlight = Objects.requireNonNull(value);
        view.requestRedraw();
    }

    Highlights highlights() {
        return highlights;
    }

    void highlight(Highlights value) {
        if (highlights != value) {
            highlights = Objects.requireNonNull(value);
            view.requestRedraw();
        }
    }

    /** The box under the pointer, and whether the pointer is on its toggle; null for none. */
    void hover(String statementId, boolean onToggle) {
        boolean toggle = statementId != null && onToggle;
        if (!Objects.equals(hovered, statementId) || toggleHovered != toggle) {
            hovered = statementId;
            toggleHovered = toggle;
            view.requestRedraw();
        }
    }

    void lift(Set<String> ids) {
        lifted = Set.copyOf(ids);
        view.requestRedraw();
    }

    /** In view coordinates; null to end it. */
    void setRubberBand(Rect band) {
        if (!Objects.equals(rubberBand, band)) {
            rubberBand = band;
            view.requestRedraw();
        }
    }

    void reset() {
        hovered = null;
        toggleHovered = false;
        lifted = Set.of();
        rubberBand = null;
        overlay.reset();
    }

    /** A box that left the map or went into a collapsed branch is no longer under the pointer. */
    void forgetMissing(LaidOutMap now) {
        if (hovered != null && now.rectOf(hovered) == null) {
            hovered = null;
            toggleHovered = false;
        }
    }
}
