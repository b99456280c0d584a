package org.argumap.model;

/**
 * A vertex of the map's graph: a {@link Statement} or an {@link Inference}. Equality is identity;
 * the id is unique within one map and stable across saves.
 */
public abstract sealed class MapNode permits Statement, Inference {
    private final String id;
    private Position position;
    // Kept for ArgumentMap and MapGraph, so that a large map's questions need no lookups: the
    // node's place in the map's order (valid while that order is not stale), and what JGraphT
    // would keep in a hash map for the vertex: its edges, its graph and its neighbours in the
    // graph's list of vertices.
    int orderIndex;
    Object graphEdges;
    Object graphOwner;
    MapNode graphPrevious;
    MapNode graphNext;

    MapNode(String id) {
        this.id = id;
    }

    public final String id() {
        return id;
    }

    /** Where the user or the last saved layout put this box; null when the layout decides. */
    public final Position position() {
        return position;
    }

    final void setPosition(Position position) {
        this.position = position;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + id + "]";
    }
}
