package org.argumap.edit;

import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Changes the type of an inference, and with it what its premises are for the reader: "Change to
 * Objection" turns a reason into an objection (a support into an attack), "Change to Reason" the
 * other way; a moderator classifies an imported reply as a reason, an objection, a rephrasing or
 * off-topic.
 * A linked group changes as a whole, since the type belongs to the inference.
 */
public final class ChangeTypeCommand extends StepwiseCommand {
    private final String inferenceId;
    private final InferenceType newType;

    private ChangeTypeCommand(ArgumentMap map, String inferenceId, InferenceType newType) {
        super(map);
        this.inferenceId = Objects.requireNonNull(inferenceId);
        this.newType = Objects.requireNonNull(newType);
    }

    /** Gives this inference the type. */
    public static ChangeTypeCommand ofInference(ArgumentMap map, String inferenceId, InferenceType newType) {
        return new ChangeTypeCommand(map, inferenceId, newType);
    }

    /**
     * Gives the inference this statement hangs from the type: for the one-key classification of
     * replies ({@code REPLY} to support, attack or rephrase) and for the inspector.
     */
    public static ChangeTypeCommand ofStatement(ArgumentMap map, String statementId, InferenceType newType) {
        return new ChangeTypeCommand(map, parentLinkOf(map, statementId).id(), newType);
    }

    /**
     * The one-key toggle: a reason becomes an objection; an objection, a rephrasing or an
     * unclassified reply becomes a reason, so pressing the key again gives an objection.
     */
    public static ChangeTypeCommand toggle(ArgumentMap map, String statementId) {
        Inference link = parentLinkOf(map, statementId);
        InferenceType next = link.type() == InferenceType.SUPPORT ? InferenceType.ATTACK : InferenceType.SUPPORT;
        return new ChangeTypeCommand(map, link.id(), next);
    }

    private static Inference parentLinkOf(ArgumentMap map, String statementId) {
        Statement statement = map.statement(statementId);
        if (statement == null) {
            throw new EditRefusedException("The statement is no longer in the map.");
        }
        Inference link = MapStructure.parentInference(map, statement);
        if (link == null) {
            throw new EditRefusedException(BoxNames.quoted(statement)
                    + " supports or attacks nothing, so it is neither a reason nor an objection.");
        }
        return link;
    }

    public InferenceType newType() {
        return newType;
    }

    @Override
    void perform(MapSteps steps) {
        Inference inference = map.inference(inferenceId);
        if (inference == null) {
            throw new EditRefusedException("The connection to change is no longer in the map.");
        }
        InferenceContent content = inference.content().withType(newType);
        if (newType != InferenceType.ATTACK && content.flavour() == InferenceFlavour.CONTRADICTORY) {
            // Contradiction is a kind of attack; a support or rephrasing cannot be one.
            content = content.withFlavour(InferenceFlavour.DEFEASIBLE);
        }
        steps.updateInference(inferenceId, content);
    }

    /** "Change to Reason", "Change to Objection", "Change to Rephrasing", "Change to Reply" or "Change to Off-topic". */
    @Override
    public String description() {
        return "Change to " + switch (newType) {
            case SUPPORT -> "Reason";
            case ATTACK -> "Objection";
            case REPHRASE -> "Rephrasing";
            case REPLY -> "Reply";
            case OFF_TOPIC -> "Off-topic";
        };
    }
}
