package org.argumap.model;

/** Hears every change to a map, in the order the changes were made. */
@FunctionalInterface
public interface MapListener {
    void mapChanged(MapEvent event);
}
