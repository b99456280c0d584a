package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.Inference;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Relations Argdown would merge or drop, which must therefore be written as arguments: a second
 * relation with the same ends and type (Argdown keeps one; contradiction, and contrariety in strict
 * mode, are the same either way round), and an attack of a statement on an argument as a whole when
 * the statement also attacks one of its premises (Argdown drops the attack on the whole).
 */
final class RelationClashes {
    private RelationClashes() {
    }

    /** Of these relation candidates (in map order), those that must be arguments instead. */
    static Set<Inference> find(List<Inference> candidates, boolean strict) {
        Set<Inference> clashing = new HashSet<>();
        Set<String> seen = new HashSet<>();
        List<Inference> kept = new ArrayList<>();
        for (Inference inference : candidates) {
            if (seen.add(key(inference, strict))) {
                kept.add(inference);
            } else {
                clashing.add(inference);
            }
        }
        Map<Statement, List<Inference>> byEnd = new HashMap<>();
        for (Inference inference : kept) {
            byEnd.computeIfAbsent(inference.premises().get(0), k -> new ArrayList<>()).add(inference);
            if (inference.target() instanceof Statement target) {
                byEnd.computeIfAbsent(target, k -> new ArrayList<>()).add(inference);
            }
        }
        for (Inference inference : kept) {
            if (inference.type() == InferenceType.ATTACK && inference.target() instanceof Inference argument
                    && "attack".equals(inference.content().data().get(DataKeys.RELATION))
                    && attacksAPremise(inference.premises().get(0), argument, byEnd, strict)) {
                clashing.add(inference);
            }
        }
        return clashing;
    }

    private static String key(Inference inference, boolean strict) {
        String premise = inference.premises().get(0).id();
        String target = inference.target().id();
        boolean betweenStatements = inference.target() instanceof Statement;
        boolean symmetric = betweenStatements && inference.type() == InferenceType.ATTACK
                && (inference.content().flavour() == InferenceFlavour.CONTRADICTORY || strict);
        String kind = inference.type() + "/" + inference.content().flavour();
        if (symmetric) {
            return kind + " " + (premise.compareTo(target) < 0 ? premise + " " + target : target + " " + premise);
        }
        return kind + " " + premise + " -> " + target + " " + inference.content().data().get(DataKeys.RELATION);
    }

    private static boolean attacksAPremise(Statement statement, Inference argument, Map<Statement, List<Inference>> byEnd,
                                           boolean strict) {
        for (Inference other : byEnd.getOrDefault(statement, List.of())) {
            if (!(other.target() instanceof Statement target)) {
                continue;
            }
            Statement end = other.premises().get(0) == statement ? target : other.premises().get(0);
            boolean fromStatement = other.premises().get(0) == statement;
            boolean conflict = other.type() == InferenceType.ATTACK
                    && (fromStatement || strict || other.content().flavour() == InferenceFlavour.CONTRADICTORY);
            if (conflict && argument.premises().contains(end)) {
                return true;
            }
        }
        return false;
    }
}
