package org.argumap.io.argdown;

import java.util.Map;
import java.util.TreeMap;
import org.argumap.io.argdown.ArgdownModel.Argument;
import org.argumap.io.argdown.ArgdownModel.Relation;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;

/**
 * An Argdown relation type as an inference's type and flavour: support and attack are
 * defeasible, entailment and contrariety (strict mode) strict, contradiction contradictory, an
 * undercut an attack on an inference. An attack on an argument as a whole also aims at its
 * inference, so it is marked to tell it from an undercut.
 */
record RelationMapping(InferenceType type, InferenceFlavour flavour, Map<String, String> extra) {

    static RelationMapping of(Relation relation) {
        return switch (relation.type) {
            case SUPPORT -> new RelationMapping(InferenceType.SUPPORT, InferenceFlavour.DEFEASIBLE, Map.of());
            case ATTACK -> new RelationMapping(InferenceType.ATTACK, InferenceFlavour.DEFEASIBLE,
                    relation.to instanceof Argument ? Map.of(DataKeys.RELATION, "attack") : Map.of());
            case UNDERCUT -> new RelationMapping(InferenceType.ATTACK, InferenceFlavour.DEFEASIBLE, Map.of());
            case CONTRADICTORY -> new RelationMapping(InferenceType.ATTACK, InferenceFlavour.CONTRADICTORY, Map.of());
            case ENTAILS -> new RelationMapping(InferenceType.SUPPORT, InferenceFlavour.STRICT, Map.of());
            case CONTRARY -> new RelationMapping(InferenceType.ATTACK, InferenceFlavour.STRICT, Map.of());
        };
    }

    Map<String, String> withExtra(Map<String, String> data) {
        Map<String, String> out = new TreeMap<>(data);
        out.putAll(extra);
        return out;
    }
}
