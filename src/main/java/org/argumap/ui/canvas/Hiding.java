package org.argumap.ui.canvas;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.argumap.model.ArgumentMap;

/**
 * Statements taken out of the view by a rule (the moderator's filter): not laid out, not drawn,
 * no links drawn to them, and left out of the outline, which listens here. Like collapsing, view
 * state of this window: the map keeps every statement, nothing goes on the undo history, and the
 * saved file is the same. The rule is asked again for every layout, so edits (a merge, a new
 * score) are taken into account at once.
 */
public final class Hiding {
    private static final Function<ArgumentMap, Set<String>> NOTHING = map -> Set.of();

    private final MapCanvas view;
    private final LayoutController layouts;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Function<ArgumentMap, Set<String>> rule = NOTHING;

    Hiding(MapCanvas view, LayoutController layouts) {
        this.view = view;
        this.layouts = layouts;
    }

    /** Hides what the rule names, from now on; the selection lets go of hidden statements. */
    public void setRule(Function<ArgumentMap, Set<String>> newRule) {
        rule = Objects.requireNonNull(newRule);
        layouts.setHiding(rule);
        Set<String> hidden = hiddenIds();
        if (!hidden.isEmpty()) {
            view.selection().removeIf(hidden::contains);
        }
        view.requestRedraw();
        listeners.forEach(Runnable::run);
    }

    /** Shows everything again. */
    public void showAll() {
        setRule(NOTHING);
    }

    /** The statements hidden in the map shown now. */
    public Set<String> hiddenIds() {
        return rule.apply(view.map());
    }

    public boolean isHidden(String statementId) {
        return hiddenIds().contains(statementId);
    }

    /** Hears every change of the rule, so other views (the outline, a count) can follow. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
