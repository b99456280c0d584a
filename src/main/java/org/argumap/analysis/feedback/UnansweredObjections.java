package org.argumap.analysis.feedback;

import java.util.ArrayList;
import java.util.List;
import org.argumap.analysis.Excerpt;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Attacks nobody has answered: neither any of their premises nor the attack itself is attacked.
 * An objection left standing is what a reader raises first, and it brings down what it attacks.
 * Attacks without premises are left to {@code inference-without-premises}.
 *
 * <p>Only objections are asked for an answer, not answers: an attack on a statement that itself
 * objects, or on the step of an objection, is a rebuttal, and asking for its rebuttal in turn
 * would make every answer a student writes raise a new finding, so the list never empties.
 */
final class UnansweredObjections {
    static final String CODE = "unanswered-objection";

    private UnansweredObjections() {
    }

    static List<Finding> find(ArgumentMap map) {
        List<Finding> found = new ArrayList<>();
        for (Inference attack : map.inferences()) {
            if (attack.type() == InferenceType.ATTACK && !attack.premises().isEmpty() && !isRebuttal(map, attack)
                    && !isAnswered(map, attack)) {
                found.add(finding(attack));
            }
        }
        return found;
    }

    /** An attack on an objection, or on an objection's step: an answer rather than an objection. */
    private static boolean isRebuttal(ArgumentMap map, Inference attack) {
        if (attack.target() instanceof Inference step) {
            return step.type() == InferenceType.ATTACK;
        }
        return map.inferencesFrom((Statement) attack.target()).stream()
                .anyMatch(i -> i.type() == InferenceType.ATTACK);
    }

    /** Answered by a rebuttal of a premise, or by an undercut that disputes the step itself. */
    private static boolean isAnswered(ArgumentMap map, Inference attack) {
        if (isAttacked(map, attack)) {
            return true;
        }
        for (Statement premise : attack.premises()) {
            if (isAttacked(map, premise)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAttacked(ArgumentMap map, MapNode node) {
        return map.inferencesInto(node).stream()
                .anyMatch(i -> i.type() == InferenceType.ATTACK && !i.premises().isEmpty());
    }

    /** The objection's own words first: that is the box a student answers. */
    private static Finding finding(Inference attack) {
        List<String> ids = new ArrayList<>();
        attack.premises().forEach(p -> ids.add(p.id()));
        ids.add(attack.id());
        ids.add(attack.target().id());
        Statement first = attack.premises().get(0);
        String target = attack.target() instanceof Statement s ? Excerpt.of(s)
                : "the step " + attack.target().id();
        String what = attack.isUndercut() ? "The undercut " : "The objection ";
        return new Finding(CODE, Severity.SUGGESTION,
                what + Excerpt.of(first) + " against " + target + " has not been answered.", ids,
                "Answer it with an objection of its own (Shift+Tab on it), or concede the point.");
    }
}
