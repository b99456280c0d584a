package org.argumap.edit;

import org.argumap.model.ArgumentMap;

/**
 * A stepwise command that makes one new node and remembers its id for the UI, which selects it
 * and starts editing it. The id is recorded on the first execution; redo replays the same steps
 * and so makes the same id.
 */
abstract class StepwiseCreatingCommand extends StepwiseCommand implements CreatingCommand {
    private String createdId;

    StepwiseCreatingCommand(ArgumentMap map) {
        super(map);
    }

    /** Called from {@link #perform(MapSteps)} with the id of the node made. */
    final void created(String id) {
        createdId = id;
    }

    @Override
    public final String createdId() {
        requireExecuted();
        return createdId;
    }
}
