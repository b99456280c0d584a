package org.argumap.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * What the user has selected in one open map: node ids in the order they were selected, and one
 * primary item, the one the user acted on last (the box an inspector shows, the one keyboard
 * commands act on). The canvas changes it; every other view observes it, so that the canvas, an
 * outline and an inspector always agree.
 *
 * <p>Selecting is not editing: it never goes on the undo history and never makes a map unsaved.
 * Listeners hear once per call that changed something, never for a call that changed nothing.
 * Pure Java, not thread-safe: use it on the thread that owns the map.
 */
public final class Selection {
    private final LinkedHashSet<String> ids = new LinkedHashSet<>();
    private final Set<String> readOnly = Collections.unmodifiableSet(ids);
    private final List<SelectionListener> listeners = new CopyOnWriteArrayList<>();
    private String primary;

    /** The selected ids in the order they were selected; a live, unmodifiable view. */
    public Set<String> ids() {
        return readOnly;
    }

    /** The item acted on last; empty when nothing is selected. */
    public Optional<String> primary() {
        return Optional.ofNullable(primary);
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public int size() {
        return ids.size();
    }

    /** Selects this item alone (a plain click). */
    public void select(String id) {
        Objects.requireNonNull(id);
        replace(List.of(id), id);
    }

    /**
     * Selects exactly these items (a rubber band, Select All, Select Branch). The primary item
     * stays if it is among them, else it is the first of them.
     */
    public void selectOnly(Collection<String> newIds) {
        List<String> ordered = List.copyOf(new LinkedHashSet<>(newIds));
        String newPrimary = primary != null && ordered.contains(primary) ? primary
                : ordered.isEmpty() ? null : ordered.get(0);
        replace(ordered, newPrimary);
    }

    /** Adds these items (Shift + rubber band); the last one added becomes primary. */
    public void add(Collection<String> more) {
        List<String> added = new ArrayList<>();
        for (String id : more) {
            if (ids.add(Objects.requireNonNull(id))) {
                added.add(id);
            }
        }
        if (!added.isEmpty()) {
            primary = added.get(added.size() - 1);
            fire();
        }
    }

    /**
     * Adds the item if it is not selected, removes it if it is (Shift- or Ctrl-click). An added item
     * becomes primary; removing the primary passes that role to the item selected last.
     */
    public void toggle(String id) {
        Objects.requireNonNull(id);
        if (ids.remove(id)) {
            if (id.equals(primary)) {
                primary = last();
            }
        } else {
            ids.add(id);
            primary = id;
        }
        fire();
    }

    /** Forgets these items, as when they leave the map or are hidden. */
    public void remove(Collection<String> gone) {
        removeIf(gone::contains);
    }

    /** Forgets every item the test accepts. */
    public void removeIf(Predicate<String> test) {
        if (ids.removeIf(test)) {
            if (primary != null && !ids.contains(primary)) {
                primary = last();
            }
            fire();
        }
    }

    /** Selects nothing (Escape, a click on the background). */
    public void clear() {
        replace(List.of(), null);
    }

    public void addListener(SelectionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(SelectionListener listener) {
        listeners.remove(listener);
    }

    private void replace(List<String> newIds, String newPrimary) {
        if (List.copyOf(ids).equals(newIds) && Objects.equals(primary, newPrimary)) {
            return;
        }
        ids.clear();
        ids.addAll(newIds);
        primary = newPrimary;
        fire();
    }

    private String last() {
        String last = null;
        for (String id : ids) {
            last = id;
        }
        return last;
    }

    private void fire() {
        for (SelectionListener listener : listeners) {
            listener.selectionChanged(this);
        }
    }
}
