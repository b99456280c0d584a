package org.argumap.ui.canvas;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collapse and expand: folding branches away to see the shape of a debate, or to present it a
 * branch at a time. View state of this window, not saved and not undoable (see
 * {@link LayoutController}); what a collapsed statement hides is counted on its badge.
 */
public final class Folding {
    private final MapCanvas view;
    private final LayoutController layouts;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    Folding(MapCanvas view, LayoutController layouts) {
        this.view = view;
        this.layouts = layouts;
    }

    /** View › Collapse Branch: hides what hangs below the selected statements. */
    public void collapseSelection() {
        changed(layouts.setCollapsed(view.selection().ids(), true));
    }

    /** View › Expand Branch: shows again what the selected statements hid. */
    public void expandSelection() {
        changed(layouts.setCollapsed(view.selection().ids(), false));
    }

    /** Space: collapses the selected statements, or expands them if the primary one is collapsed. */
    public void toggleSelection() {
        view.selection().primary().ifPresent(primary ->
                changed(layouts.setCollapsed(view.selection().ids(), !layouts.isCollapsed(primary))));
    }

    /** Collapses or expands one statement, as its toggle does. */
    public void toggle(String statementId) {
        changed(layouts.setCollapsed(List.of(statementId), !layouts.isCollapsed(statementId)));
    }

    /** View › Expand All. */
    public void expandAll() {
        changed(layouts.expandAll());
    }

    public boolean isCollapsed(String statementId) {
        return layouts.isCollapsed(statementId);
    }

    /** How many statements a collapsed statement hides, as its badge says; 0 if it is not collapsed. */
    public int hiddenBelow(String statementId) {
        layouts.refresh();
        return layouts.hiddenBelow(statementId);
    }

    public Set<String> collapsedIds() {
        return layouts.collapsedIds();
    }

    /** Hears every collapse and expand made through this class, so other views (the outline) can follow. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed(boolean changed) {
        if (changed) {
            view.requestRedraw();
            listeners.forEach(Runnable::run);
        }
    }
}
