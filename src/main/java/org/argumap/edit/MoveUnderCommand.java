package org.argumap.edit;

import java.util.List;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Moves a statement with its branch under another statement, as a drop in the outline does: it
 * then bears on the new parent with the same type of link it had (an objection stays an
 * objection, an undercutter comes to attack the new parent), as the new parent's last child.
 * Promote and Demote move a statement one level; this moves it anywhere.
 *
 * <p>As in {@link PromoteCommand}, a sole premise takes its inference along (with the undercuts of
 * that step), a linked co-premise leaves its group with an inference of the group's type, and a
 * statement's other links stay (the moved link goes before them, so the statement hangs under its
 * new parent). A statement that bears on nothing (a main claim) becomes a reason,
 * as a demoted main claim does. Refused when the statement already hangs from that parent, and
 * when the move would close a circle: the new parent is the statement itself or in its branch.
 */
public final class MoveUnderCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Move Under";

    private final String statementId;
    private final String newParentId;

    public MoveUnderCommand(ArgumentMap map, String statementId, String newParentId) {
        super(map);
        this.statementId = Objects.requireNonNull(statementId);
        this.newParentId = Objects.requireNonNull(newParentId);
    }

    @Override
    void perform(MapSteps steps) {
        Statement statement = existingStatement(statementId, "The statement to move");
        Statement newParent = existingStatement(newParentId, "The statement to move it under");
        Inference link = MapStructure.parentInference(map, statement);
        if (link != null && link.target() == newParent) {
            throw new EditRefusedException(BoxNames.quoted(statement) + " already bears on " + BoxNames.quoted(newParent)
                    + ".");
        }
        Relinking.refuseCircle(map, statement, newParent);
        List<Inference> before = map.inferencesInto(newParent);
        String carrier = link == null
                ? steps.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(statementId), newParentId).id()
                : Relinking.moveLink(steps, statement, link, newParent);
        if (!before.isEmpty()) {
            steps.placeAfter(carrier, before.get(before.size() - 1).id());
        }
        // A statement hangs from the first inference it feeds: one that also bears on something
        // else must feed the moved link first, or it would still hang where it did.
        Inference first = map.inferencesFrom(statement).get(0);
        if (!first.id().equals(carrier)) {
            steps.reorder(carrier, map.indexOf(first.id()));
        }
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
