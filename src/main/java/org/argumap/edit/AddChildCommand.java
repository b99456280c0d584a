package org.argumap.edit;

import java.util.List;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;

/**
 * Adds a new statement under a box, with a single-premise inference into it: a reason, an
 * objection or a piece of evidence (evidence supports). Under an inference, the new statement
 * bears on the step itself: an objection there is an undercut. The new statement is the last
 * child of its parent.
 */
public final class AddChildCommand extends StepwiseCreatingCommand {
    private final String parentId;
    private final StatementContent content;
    private final InferenceType type;
    private final String description;

    private AddChildCommand(ArgumentMap map, String parentId, StatementContent content, InferenceType type,
                            String description) {
        super(map);
        this.parentId = Objects.requireNonNull(parentId);
        this.content = content;
        this.type = type;
        this.description = description;
    }

    /** "Add Reason": a claim supporting the parent. */
    public static AddChildCommand reason(ArgumentMap map, String parentId, String text) {
        return new AddChildCommand(map, parentId, StatementContent.claim(text), InferenceType.SUPPORT, "Add Reason");
    }

    /** "Add Objection": a claim attacking the parent (an undercut when the parent is an inference). */
    public static AddChildCommand objection(ArgumentMap map, String parentId, String text) {
        return new AddChildCommand(map, parentId, StatementContent.claim(text), InferenceType.ATTACK, "Add Objection");
    }

    /** "Add Evidence": a source supporting the parent; its title, address and quote come later. */
    public static AddChildCommand evidence(ArgumentMap map, String parentId, String text) {
        return new AddChildCommand(map, parentId, StatementContent.claim(text).withKind(StatementKind.EVIDENCE),
                InferenceType.SUPPORT, "Add Evidence");
    }

    @Override
    void perform(MapSteps steps) {
        if (!map.contains(parentId)) {
            throw new EditRefusedException("The box to add to is no longer in the map.");
        }
        String id = steps.addStatement(content).id();
        steps.addInference(InferenceContent.of(type), List.of(id), parentId);
        created(id);
    }

    @Override
    public String description() {
        return description;
    }
}
