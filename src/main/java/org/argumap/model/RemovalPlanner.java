package org.argumap.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out what a removal takes with it, before anything changes: an inference goes when its
 * target goes, or when it loses its last premise and has no words of its own; and that can cascade
 * (an undercut goes with the inference it attacks).
 */
final class RemovalPlanner {
    private final ArgumentMap map;
    private final List<MapNode> order;

    RemovalPlanner(ArgumentMap map, List<MapNode> order) {
        this.map = map;
        this.order = order;
    }

    Removal plan(Collection<String> ids) {
        Set<MapNode> doomed = new HashSet<>();
        ids.forEach(id -> doomed.add(map.node(id)));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Inference inference : map.inferences()) {
                if (!doomed.contains(inference) && cannotStandWithout(inference, doomed)) {
                    doomed.add(inference);
                    grew = true;
                }
            }
        }
        List<Removal.RemovedNode> nodes = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            if (doomed.contains(order.get(i))) {
                nodes.add(new Removal.RemovedNode(order.get(i), i));
            }
        }
        List<Removal.DetachedPremise> detached = new ArrayList<>();
        for (Inference inference : map.inferences()) {
            if (doomed.contains(inference)) {
                continue;
            }
            List<Statement> premises = inference.premises();
            for (int i = 0; i < premises.size(); i++) {
                if (doomed.contains(premises.get(i))) {
                    detached.add(new Removal.DetachedPremise(inference, premises.get(i), i));
                }
            }
        }
        // Restoring inserts in this order, so indices must ascend within each inference.
        detached.sort(Comparator.comparingInt(Removal.DetachedPremise::index));
        return new Removal(nodes, detached);
    }

    private static boolean cannotStandWithout(Inference inference, Set<MapNode> doomed) {
        if (doomed.contains(inference.target())) {
            return true;
        }
        boolean keepsAPremise = inference.premises().stream().anyMatch(p -> !doomed.contains(p));
        return !keepsAPremise && !inference.content().hasOwnWords();
    }
}
