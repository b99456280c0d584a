package org.argumap.edit;

import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Adds a new claim as a linked co-premise of the selected statement: it joins the premises of the
 * inference the selected statement hangs from, right after it, so that the two bear on the target
 * only together. A main claim feeds no inference, so it has no co-premises: refused.
 */
public final class AddCoPremiseCommand extends StepwiseCreatingCommand {
    public static final String DESCRIPTION = "Add Co-premise";

    private final String statementId;
    private final String text;

    public AddCoPremiseCommand(ArgumentMap map, String statementId, String text) {
        super(map);
        this.statementId = Objects.requireNonNull(statementId);
        this.text = text;
    }

    /** Why the statement cannot get a co-premise, or null when it can. */
    public static String refusal(ArgumentMap map, String statementId) {
        Statement selected = map.statement(statementId);
        if (selected == null) {
            return "The statement is no longer in the map.";
        }
        if (MapStructure.parentInference(map, selected) == null) {
            return BoxNames.quoted(selected) + " supports or attacks nothing, so it has no co-premises;"
                    + " add a reason to it instead.";
        }
        return null;
    }

    @Override
    void perform(MapSteps steps) {
        String refusal = refusal(map, statementId);
        if (refusal != null) {
            throw new EditRefusedException(refusal);
        }
        Statement selected = map.statement(statementId);
        Inference link = MapStructure.parentInference(map, selected);
        String id = steps.addStatement(StatementContent.claim(text)).id();
        steps.addPremise(link.id(), id, link.premises().indexOf(selected) + 1);
        created(id);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
