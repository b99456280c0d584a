package org.argumap.ui.present;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argumap.edit.ChangePresentationCommand;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.EditRefusedException;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Presentation;
import org.argumap.present.PresentationStep;
import org.argumap.present.PresentationSteps;

/**
 * The steps list's changes as commands on the map's one history. Each works on the steps as the
 * teacher sees them: a map presented in argument order gets that order saved, with the change,
 * the first time the teacher changes anything, so moving one step never reshuffles the others.
 */
final class StepsEditing {
    private final ArgumentMap map;
    private final CommandHistory history;

    StepsEditing(ArgumentMap map, CommandHistory history) {
        this.map = Objects.requireNonNull(map);
        this.history = Objects.requireNonNull(history);
    }

    /** The steps as shown in the list. */
    List<PresentationStep> steps() {
        return PresentationSteps.of(map);
    }

    private Presentation shown() {
        return PresentationSteps.toSaved(steps());
    }

    /** A step revealing these boxes, after the step at {@code after} (-1: first); answers where it went. */
    Optional<Integer> addStep(int after, List<String> statementIds) {
        List<String> ids = statementIds.stream().filter(id -> map.statement(id) != null).toList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Presentation changed = shown().withNewStep(after + 1, ids, "");
        if (!run(changed, ChangePresentationCommand.ADD_STEP)) {
            return Optional.empty();
        }
        for (int i = 0; i < changed.size(); i++) {
            if (changed.step(i).shows().equals(ids)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Takes a step out of the order; its boxes are then revealed at the end, in argument order. */
    boolean removeStep(int index) {
        return run(shown().withoutStep(index), ChangePresentationCommand.REMOVE_STEP);
    }

    /** Moves a step one place up (-1) or down (+1); false at either end. */
    boolean moveStep(int index, int by) {
        int to = index + by;
        List<PresentationStep> steps = steps();
        if (index < 0 || index >= steps.size() || to < 0 || to >= steps.size()) {
            return false;
        }
        return run(shown().withStepMoved(index, to), ChangePresentationCommand.MOVE_STEP);
    }

    boolean setNotes(int index, String notes) {
        List<PresentationStep> steps = steps();
        if (index < 0 || index >= steps.size() || steps.get(index).notes().equals(notes)) {
            return false; // typing nothing new must not save argument order as the teacher's own
        }
        return run(shown().withNotes(index, notes), ChangePresentationCommand.EDIT_NOTES);
    }

    /** Forgets the saved order: the map is presented in argument order again. */
    boolean reset() {
        return run(Presentation.NONE, ChangePresentationCommand.RESET);
    }

    private boolean run(Presentation changed, String description) {
        if (changed.equals(map.presentation())) {
            return false;
        }
        try {
            history.execute(new ChangePresentationCommand(map, changed, description));
            return true;
        } catch (EditRefusedException refused) {
            return false;
        }
    }
}
