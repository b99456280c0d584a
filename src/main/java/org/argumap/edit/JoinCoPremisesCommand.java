package org.argumap.edit;

import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Adds an existing statement to the premises of an existing inference, as a drop onto a group of
 * co-premises does: the statement then bears on the target together with the others. It keeps
 * any links it had. Refused when it is one of them already, when it is the inference's target,
 * and when the target already bears on it (a circle).
 */
public final class JoinCoPremisesCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Join Co-premises";

    private final String statementId;
    private final String inferenceId;

    public JoinCoPremisesCommand(ArgumentMap map, String statementId, String inferenceId) {
        super(map);
        this.statementId = Objects.requireNonNull(statementId);
        this.inferenceId = Objects.requireNonNull(inferenceId);
    }

    /** Joins the group of premises {@code coPremiseId} belongs to (the inference it hangs from). */
    public static JoinCoPremisesCommand withStatement(ArgumentMap map, String statementId, String coPremiseId) {
        Statement coPremise = map.statement(coPremiseId);
        Inference group = coPremise == null ? null : MapStructure.parentInference(map, coPremise);
        if (group == null) {
            throw new EditRefusedException("There is no group of premises there to join.");
        }
        return new JoinCoPremisesCommand(map, statementId, group.id());
    }

    /** Why the statement cannot join the inference's premises, as a sentence; null when it can. */
    public static String refusal(ArgumentMap map, String statementId, String inferenceId) {
        Statement statement = map.statement(statementId);
        Inference group = map.inference(inferenceId);
        if (statement == null || group == null) {
            return "The boxes to join are no longer both in the map.";
        }
        if (group.premises().contains(statement)) {
            return BoxNames.quoted(statement) + " is already one of these premises.";
        }
        MapNode target = group.target();
        if (target == statement) {
            return "A statement cannot support or attack itself.";
        }
        if (MapStructure.leadsTo(map, group, statement)) {
            return BoxNames.quoted(target) + " already bears on " + BoxNames.quoted(statement)
                    + ", so joining would make a circle.";
        }
        return null;
    }

    @Override
    void perform(MapSteps steps) {
        String refusal = refusal(map, statementId, inferenceId);
        if (refusal != null) {
            throw new EditRefusedException(refusal);
        }
        steps.addPremise(inferenceId, statementId, -1);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
