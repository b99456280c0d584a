package org.argumap.edit;

import java.util.Optional;

/**
 * One undoable change to a map, as Scene Builder's {@code Job}: the history executes it once,
 * then undoes and redoes it as the user asks. A command captures what it needs to undo when it
 * first executes, so it must be executed before it is undone.
 *
 * <p>Commands change the map only through its own methods, so that every change fires the
 * map's events and the view follows.
 */
public interface MapCommand {

    void execute();

    /** Puts the map back exactly as it was before {@link #execute()}. */
    void undo();

    /** Does the change again after an undo; most commands simply execute again. */
    default void redo() {
        execute();
    }

    /** What the user did, for menu items such as "Undo Move Box": a short verb phrase in title case. */
    String description();

    /**
     * One command standing for this one followed by {@code next}, both already executed, or empty
     * if they should stay separate undo steps. Lets a drag of 60 mouse events undo as one move.
     */
    default Optional<MapCommand> mergedWith(MapCommand next) {
        return Optional.empty();
    }
}
