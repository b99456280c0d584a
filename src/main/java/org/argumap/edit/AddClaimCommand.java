package org.argumap.edit;

import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;

/**
 * Adds a new main claim, a statement bearing on nothing: the start of a map, or of another thesis
 * in it. With a position it stands where the user double-clicked; without, the layout places it.
 */
public final class AddClaimCommand extends StepwiseCreatingCommand {
    public static final String DESCRIPTION = "Add Claim";

    private final String text;
    private final Position position;

    public AddClaimCommand(ArgumentMap map, String text, Position position) {
        super(map);
        this.text = text;
        this.position = position;
    }

    @Override
    void perform(MapSteps steps) {
        String id = steps.addStatement(StatementContent.claim(text)).id();
        created(id);
        if (position != null) {
            steps.moveTo(id, position);
        }
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
