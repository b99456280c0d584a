package org.argumap.edit;

import java.util.List;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Moves a statement with its branch one level down, as Tab does in an outliner: it comes to bear
 * on its previous sibling, with the same type of inference, as that sibling's last child. A main
 * claim becomes a reason for the main claim before it. A linked co-premise leaves its group (its
 * previous sibling may be the co-premise before it). Refused for a first child, and where the
 * previous sibling already bears on the statement (a circle).
 */
public final class DemoteCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Demote";

    private final String statementId;

    public DemoteCommand(ArgumentMap map, String statementId) {
        super(map);
        this.statementId = Objects.requireNonNull(statementId);
    }

    @Override
    void perform(MapSteps steps) {
        Statement statement = existingStatement(statementId, "The statement to demote");
        Statement newParent = MapStructure.previousSibling(map, statement);
        if (newParent == null) {
            throw new EditRefusedException(BoxNames.quoted(statement) + " has no sibling before it to go under.");
        }
        Relinking.refuseCircle(map, statement, newParent);
        List<Inference> before = map.inferencesInto(newParent);
        Inference link = MapStructure.parentInference(map, statement);
        String carrier = link == null
                ? steps.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(statementId), newParent.id()).id()
                : Relinking.moveLink(steps, statement, link, newParent);
        if (!before.isEmpty()) {
            steps.placeAfter(carrier, before.get(before.size() - 1).id());
        }
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
