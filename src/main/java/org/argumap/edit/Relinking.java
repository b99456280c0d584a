package org.argumap.edit;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/** Moving a statement's link to another target, shared by Promote and Demote. */
final class Relinking {
    private Relinking() {
    }

    /**
     * Makes {@code statement} bear on {@code newTarget} through the link it had through
     * {@code link}. A sole premise takes its inference along (same id, content, undercuts); a
     * linked co-premise leaves its group and gets an inference of the group's type of its own,
     * since the others still bear on the old target together. Returns the inference that now
     * carries the statement.
     */
    static String moveLink(MapSteps steps, Statement statement, Inference link, MapNode newTarget) {
        if (link.premises().size() == 1) {
            steps.setTarget(link.id(), newTarget.id());
            return link.id();
        }
        steps.removePremise(link.id(), statement.id());
        InferenceContent own = InferenceContent.of(link.type()).withFlavour(link.content().flavour());
        return steps.addInference(own, List.of(statement.id()), newTarget.id()).id();
    }

    /**
     * A refusal when moving {@code link} onto {@code newTarget} would make the step bear on itself:
     * the new target is the link, or an inference whose chain of targets runs through it (as when
     * the statement's parent undercuts the very step from the statement to it).
     */
    static void refuseStepLoop(Inference link, MapNode newTarget) {
        MapNode step = newTarget;
        while (step instanceof Inference next) {
            if (next == link) {
                throw new EditRefusedException("That would make the step bear on itself.");
            }
            step = next.target();
        }
    }

    /** A refusal when an arrow from {@code premise} into {@code target} would go round in a circle. */
    static void refuseCircle(ArgumentMap map, Statement premise, MapNode target) {
        if (target == premise) {
            throw new EditRefusedException("A statement cannot support or attack itself.");
        }
        if (MapStructure.leadsTo(map, target, premise)) {
            throw new EditRefusedException(BoxNames.quoted(target) + " already bears on " + BoxNames.quoted(premise)
                    + ", so this would make a circle.");
        }
    }
}
