package org.argumap.io.argdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.io.argdown.ArgdownModel.Argument;
import org.argumap.io.argdown.ArgdownModel.PcsEntry;
import org.argumap.io.argdown.ArgdownModel.Relation;
import org.argumap.io.argdown.ArgdownModel.RelationType;
import org.argumap.io.argdown.ArgdownModel.Statement;

/** The three changes Argdown's ModelPlugin makes to the relations once the whole document is read. */
final class ArgdownTransformations {
    private final ArgdownModel model;

    private record Key(RelationType type, Object from, Object to) {
    }

    ArgdownTransformations(ArgdownModel model) {
        this.model = model;
    }

    /**
     * A reconstructed argument's outgoing relations become relations of its main conclusion, and
     * an undercut of it becomes an undercut of its last inference; a relation that then duplicates
     * another goes.
     */
    void moveArgumentRelations() {
        Set<Key> keys = new HashSet<>();
        model.relations.forEach(r -> keys.add(key(r)));
        List<Relation> kept = new ArrayList<>();
        for (Relation relation : model.relations) {
            boolean keep = true;
            if (relation.from instanceof Argument argument && argument.isReconstructed()) {
                keys.remove(key(relation));
                relation.from = argument.conclusion();
                keep = keys.add(key(relation));
            }
            if (keep && relation.to instanceof Argument argument && argument.isReconstructed()
                    && relation.type == RelationType.UNDERCUT) {
                keys.remove(key(relation));
                relation.to = argument.mainInference();
                keep = keys.add(key(relation));
            }
            if (keep) {
                kept.add(relation);
            }
        }
        replace(kept);
    }

    /** Strict mode: support between statements is entailment, attack is contrariety (symmetric, so once). */
    void makeStatementRelationsStrict() {
        Set<Key> contraries = new HashSet<>();
        List<Relation> kept = new ArrayList<>();
        for (Relation relation : model.relations) {
            if (relation.from instanceof Statement && relation.to instanceof Statement) {
                if (relation.type == RelationType.SUPPORT) {
                    relation.type = RelationType.ENTAILS;
                } else if (relation.type == RelationType.ATTACK) {
                    if (contraries.contains(new Key(RelationType.CONTRARY, relation.to, relation.from))
                            || contraries.contains(new Key(RelationType.CONTRARY, relation.from, relation.to))) {
                        continue;
                    }
                    relation.type = RelationType.CONTRARY;
                    contraries.add(key(relation));
                }
            }
            kept.add(relation);
        }
        replace(kept);
    }

    /**
     * An attack of a statement on an argument goes when the statement also attacks (or contradicts)
     * one of the argument's premises: the attack on the premise says it more precisely.
     */
    void removeRedundantAttacksOnArguments() {
        Map<Object, List<Relation>> byEnd = new IdentityHashMap<>();
        for (Relation relation : model.relations) {
            byEnd.computeIfAbsent(relation.from, k -> new ArrayList<>()).add(relation);
            byEnd.computeIfAbsent(relation.to, k -> new ArrayList<>()).add(relation);
        }
        List<Relation> kept = new ArrayList<>();
        for (Relation relation : model.relations) {
            if (relation.type == RelationType.ATTACK && relation.from instanceof Statement statement
                    && relation.to instanceof Argument argument && attacksAPremise(statement, argument, byEnd)) {
                continue;
            }
            kept.add(relation);
        }
        replace(kept);
    }

    private static boolean attacksAPremise(Statement statement, Argument argument, Map<Object, List<Relation>> byEnd) {
        for (Relation other : byEnd.getOrDefault(statement, List.of())) {
            Object end = other.from == statement ? other.to : other.from;
            boolean conflict = (other.type == RelationType.ATTACK && other.from == statement)
                    || other.type == RelationType.CONTRADICTORY || other.type == RelationType.CONTRARY;
            if (conflict && end instanceof Statement premise && isPremiseOf(premise, argument)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPremiseOf(Statement statement, Argument argument) {
        for (PcsEntry entry : argument.pcs) {
            if (!entry.isConclusion() && entry.statement().title.equals(statement.title)) {
                return true;
            }
        }
        return false;
    }

    private void replace(List<Relation> kept) {
        model.relations.clear();
        model.relations.addAll(kept);
    }

    private static Key key(Relation relation) {
        return new Key(relation.type, relation.from, relation.to);
    }
}
