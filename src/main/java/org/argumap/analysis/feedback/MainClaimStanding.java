package org.argumap.analysis.feedback;

import java.util.ArrayList;
import java.util.List;
import org.argumap.analysis.Excerpt;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Main claims that do not stand as the map is now: the map argues for them, yet its own objections
 * bring them down (or leave them undecided). Not a mistake, but what a student wants to know before
 * handing the map in.
 */
final class MainClaimStanding {
    static final String CODE = "main-claim-does-not-stand";

    private MainClaimStanding() {
    }

    static List<Finding> find(ArgumentMap map, Evaluation evaluation) {
        List<Finding> found = new ArrayList<>();
        for (Statement claim : map.mainClaims()) {
            Label label = evaluation.label(claim.id());
            if (label != Label.IN) {
                found.add(new Finding(CODE, Severity.SUGGESTION, "The main claim " + Excerpt.of(claim) + " "
                        + (label == Label.OUT ? "falls" : "is undecided") + " as the map stands.",
                        ids(map, claim, evaluation), label == Label.OUT
                                ? "Answer the objections that bring it down, or give it a reason that stands."
                                : "Break the circle of objections: answer one of them."));
            }
        }
        return found;
    }

    /** The claim, then the premises of the attacks on it that do not fall: those are what to answer. */
    private static List<String> ids(ArgumentMap map, Statement claim, Evaluation evaluation) {
        List<String> ids = new ArrayList<>();
        ids.add(claim.id());
        for (Inference into : map.inferencesInto(claim)) {
            if (into.type() == InferenceType.ATTACK && evaluation.label(into.id()) != Label.OUT) {
                into.premises().forEach(p -> ids.add(p.id()));
            }
        }
        return ids;
    }
}
