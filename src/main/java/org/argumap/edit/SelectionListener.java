package org.argumap.edit;

/** Hears that a selection changed: what is selected, or which item is the primary one. */
@FunctionalInterface
public interface SelectionListener {
    void selectionChanged(Selection selection);
}
