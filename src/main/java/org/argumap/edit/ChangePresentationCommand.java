package org.argumap.edit;

import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Presentation;

/**
 * Replaces the map's presentation order: a step added, removed or moved, its notes edited, or the
 * order reset to argument order. The steps panel works out the new order; this makes it one
 * undoable step named after what the teacher did ("Undo Move Presentation Step").
 */
public final class ChangePresentationCommand implements MapCommand {
    public static final String ADD_STEP = "Add Presentation Step";
    public static final String REMOVE_STEP = "Remove Presentation Step";
    public static final String MOVE_STEP = "Move Presentation Step";
    public static final String EDIT_NOTES = "Edit Step Notes";
    public static final String RESET = "Reset Presentation Order";

    private final ArgumentMap map;
    private final Presentation newPresentation;
    private final String description;
    private Presentation oldPresentation;

    /**
     * @throws EditRefusedException if a step reveals what is not a statement of the map
     */
    public ChangePresentationCommand(ArgumentMap map, Presentation newPresentation, String description) {
        this.map = Objects.requireNonNull(map);
        this.newPresentation = Objects.requireNonNull(newPresentation);
        this.description = Objects.requireNonNull(description);
        for (String id : newPresentation.statementIds()) {
            if (map.statement(id) == null) {
                throw new EditRefusedException("A presentation step can only reveal boxes of the map.");
            }
        }
    }

    @Override
    public void execute() {
        if (oldPresentation == null) {
            oldPresentation = map.presentation();
        }
        map.setPresentation(newPresentation);
    }

    @Override
    public void undo() {
        map.setPresentation(oldPresentation);
    }

    @Override
    public String description() {
        return description;
    }
}
