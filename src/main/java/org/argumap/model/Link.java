package org.argumap.model;

/**
 * An edge of the map's graph: premise statement to inference, or inference to its target.
 * Carries nothing; which of the two it is follows from its endpoints.
 */
public final class Link {
    // Kept for MapGraph, so that an edge's ends need no lookup: which graph holds it, its ends,
    // and its neighbours in the graph's list of edges.
    Object owner;
    MapNode source;
    MapNode target;
    Link previous;
    Link next;

    @Override
    public String toString() {
        return "Link@" + Integer.toHexString(System.identityHashCode(this));
    }
}
