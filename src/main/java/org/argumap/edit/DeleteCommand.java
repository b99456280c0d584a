package org.argumap.edit;

import java.util.Collection;
import java.util.List;
import org.argumap.model.ArgumentMap;

/**
 * Deletes the selection and what only hangs from it, as {@link DeletionPlan} works out; named
 * "Delete Branch" when that is more than was selected. The UI asks first with
 * {@link DeletionPlan#of}. Undo puts everything back exactly, through the model's
 * {@link ArgumentMap#restore}.
 */
public final class DeleteCommand extends StepwiseCommand {
    public static final String DELETE = "Delete";
    public static final String DELETE_BRANCH = "Delete Branch";

    private final List<String> selectedIds;
    private final String fixedDescription;
    private DeletionPlan plan;

    public DeleteCommand(ArgumentMap map, Collection<String> selectedIds) {
        this(map, selectedIds, null);
    }

    /** A deletion named as the caller says ("Cut"), or by what it takes when null. */
    DeleteCommand(ArgumentMap map, Collection<String> selectedIds, String description) {
        super(map);
        this.selectedIds = List.copyOf(selectedIds);
        this.fixedDescription = description;
        this.plan = DeletionPlan.of(map, this.selectedIds);
    }

    /** What the deletion takes: as planned now before execution, as done after. */
    public DeletionPlan plan() {
        return plan;
    }

    @Override
    void perform(MapSteps steps) {
        // Planned again on execution, in case the map changed since the command was made.
        plan = DeletionPlan.of(map, selectedIds);
        if (plan.isEmpty()) {
            throw new EditRefusedException("The boxes to delete are no longer in the map.");
        }
        steps.remove(plan.nodeIds());
    }

    @Override
    public String description() {
        if (fixedDescription != null) {
            return fixedDescription;
        }
        return plan.takesBranch() ? DELETE_BRANCH : DELETE;
    }
}
