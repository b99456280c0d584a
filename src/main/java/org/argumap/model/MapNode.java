package org.argumap.model;

/**
 * A vertex of the map's graph: a {@link Statement} or an {@link Inference}. Equality is identity;
 * the id is unique within one map and stable across saves.
 */
public abstract sealed class MapNode permits Statement, Inference {
    private final String id;
    private Position position;

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
