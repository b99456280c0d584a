package org.argumap.edit;

import java.util.List;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Adds a statement next to the selected one, as the next item of a list is added: of the same
 * kind (claim or evidence), bearing on the same parent with the same type of inference (a reason
 * beside a reason, an objection beside an objection), placed right after it. Beside a main claim
 * it adds another main claim. Beside a linked co-premise it adds a separate reason, not a further
 * co-premise: that is {@link AddCoPremiseCommand}.
 */
public final class AddSiblingCommand extends StepwiseCreatingCommand {
    public static final String DESCRIPTION = "Add Sibling";

    private final String statementId;
    private final String text;

    public AddSiblingCommand(ArgumentMap map, String statementId, String text) {
        super(map);
        this.statementId = Objects.requireNonNull(statementId);
        this.text = text;
    }

    @Override
    void perform(MapSteps steps) {
        Statement selected = existingStatement(statementId, "The statement to add a sibling to");
        StatementContent content = StatementContent.claim(text).withKind(selected.kind());
        String id = steps.addStatement(content).id();
        Inference parentLink = MapStructure.parentInference(map, selected);
        if (parentLink == null) {
            steps.placeAfter(id, statementId);
        } else {
            InferenceContent link = InferenceContent.of(parentLink.type());
            String inferenceId = steps.addInference(link, List.of(id), parentLink.target().id()).id();
            steps.placeAfter(inferenceId, parentLink.id());
        }
        created(id);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
