package org.argumap.edit;

import java.util.List;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Moves a statement with its branch one level up, as Shift+Tab does in an outliner: it then bears
 * on what its parent bears on, with the same type of inference, and stands right after its old
 * parent. A reason for a reason of C becomes a reason for C; an objection to a reason of C becomes
 * an objection to C; a statement bearing on an undercut's step comes to bear on what the undercut
 * attacks.
 *
 * <p>A sole premise takes its inference along (and with it any undercuts of that step); a linked
 * co-premise leaves its group with an inference of the group's type. A child of a main claim
 * becomes a main claim itself (the inverse of demoting a main claim), unless its step is
 * undercut, which would be lost. Main claims cannot go higher.
 */
public final class PromoteCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Promote";

    private final String statementId;

    public PromoteCommand(ArgumentMap map, String statementId) {
        super(map);
        this.statementId = Objects.requireNonNull(statementId);
    }

    @Override
    void perform(MapSteps steps) {
        Statement statement = existingStatement(statementId, "The statement to promote");
        Inference link = MapStructure.parentInference(map, statement);
        if (link == null) {
            throw new EditRefusedException(BoxNames.quoted(statement) + " is already at the top.");
        }
        MapNode parent = link.target();
        MapNode grandparent = MapStructure.parent(map, parent);
        if (grandparent == null) {
            becomeMainClaim(steps, statement, link, (Statement) parent);
            return;
        }
        Relinking.refuseCircle(map, statement, grandparent);
        if (link.premises().size() == 1) {
            Relinking.refuseStepLoop(link, grandparent);
        }
        String carrier = Relinking.moveLink(steps, statement, link, grandparent);
        MapNode parentsLink = parent instanceof Statement p ? MapStructure.parentInference(map, p) : parent;
        steps.placeAfter(carrier, parentsLink.id());
    }

    private void becomeMainClaim(MapSteps steps, Statement statement, Inference link, Statement parent) {
        if (link.premises().size() > 1) {
            steps.removePremise(link.id(), statement.id());
        } else if (!map.inferencesInto(link).isEmpty()) {
            throw new EditRefusedException("The step from " + BoxNames.quoted(statement) + " to " + BoxNames.quoted(parent)
                    + " is undercut; promoting it to a main claim would delete the undercut.");
        } else {
            steps.remove(List.of(link.id()));
        }
        steps.placeAfter(statement.id(), parent.id());
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
