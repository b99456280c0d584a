package org.argumap.edit;

import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;

/**
 * Adds a new main claim, a statement bearing on nothing: the start of a map, or of another thesis
 * in it. With a position it stands where the user double-clicked; without, the layout places it.
 */
public final class AddClaimCommand extends StepwiseCommand implements CreatingCommand {
    public static final String DESCRIPTION = "Add Claim";

    private final String text;
    private final Position position;
    private String createdId;

    public AddClaimCommand(ArgumentMap map, String text, Position position) {
        super(map);
        this.text = text;
        this.position = position;
    }

    @Override
    void perform(MapSteps steps) {
        createdId = steps.addStatement(StatementContent.claim(text)).id();
        if (position != null) {
            steps.moveTo(createdId, position);
        }
    }

    @Override
    public String createdId() {
        requireExecuted();
        return createdId;
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
