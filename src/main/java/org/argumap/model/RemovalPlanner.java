package org.argumap.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;

/**
 * Works out what a removal takes with it, before anything changes: an inference goes when its
 * target goes, or when it loses its last premise and has no words of its own; and that can cascade
 * (an undercut goes with the inference it attacks).
 *
 * <p>Walks out from what goes, along the edges of the graph, so deleting a box of a large map costs
 * in proportion to what it touches, not to the size of the map.
 */
final class RemovalPlanner {
    private final ArgumentMap map;
    private final Graph<MapNode, Link> graph;

    RemovalPlanner(ArgumentMap map) {
        this.map = map;
        this.graph = map.graph();
    }

    Removal plan(Collection<String> ids) {
        Set<MapNode> doomed = new HashSet<>();
        Deque<MapNode> open = new ArrayDeque<>();
        ids.forEach(id -> {
            MapNode node = map.node(id);
            if (doomed.add(node)) {
                open.add(node);
            }
        });
        while (!open.isEmpty()) {
            MapNode node = open.poll();
            for (Inference touched : inferencesTouching(node)) {
                if (!doomed.contains(touched) && cannotStandWithout(touched, doomed)) {
                    doomed.add(touched);
                    open.add(touched);
                }
            }
        }
        List<MapNode> going = new ArrayList<>(doomed);
        going.sort(Comparator.comparingInt(map::orderIndexOf));
        List<Removal.RemovedNode> nodes = new ArrayList<>(going.size());
        for (MapNode node : going) {
            nodes.add(new Removal.RemovedNode(node, map.orderIndexOf(node)));
        }
        return new Removal(nodes, detachedPremises(going, doomed));
    }

    /** The inferences that bear on the node and, for a statement, those it is a premise of. */
    private List<Inference> inferencesTouching(MapNode node) {
        List<Inference> touching = new ArrayList<>();
        for (Link link : graph.incomingEdgesOf(node)) {
            if (graph.getEdgeSource(link) instanceof Inference inference) {
                touching.add(inference);
            }
        }
        if (node instanceof Statement) {
            for (Link link : graph.outgoingEdgesOf(node)) {
                touching.add((Inference) graph.getEdgeTarget(link));
            }
        }
        return touching;
    }

    /** Premises that go from inferences that stay: by inference in map order, each by index, then stably by index. */
    private List<Removal.DetachedPremise> detachedPremises(List<MapNode> going, Set<MapNode> doomed) {
        Set<Inference> keptFeeds = new HashSet<>();
        for (MapNode node : going) {
            if (node instanceof Statement) {
                for (Link link : graph.outgoingEdgesOf(node)) {
                    Inference fed = (Inference) graph.getEdgeTarget(link);
                    if (!doomed.contains(fed)) {
                        keptFeeds.add(fed);
                    }
                }
            }
        }
        List<Inference> inferences = new ArrayList<>(keptFeeds);
        inferences.sort(Comparator.comparingInt(map::orderIndexOf));
        List<Removal.DetachedPremise> detached = new ArrayList<>();
        for (Inference inference : inferences) {
            List<Statement> premises = inference.premises();
            for (int i = 0; i < premises.size(); i++) {
                if (doomed.contains(premises.get(i))) {
                    detached.add(new Removal.DetachedPremise(inference, premises.get(i), i));
                }
            }
        }
        // Restoring inserts in this order, so indices must ascend within each inference.
        detached.sort(Comparator.comparingInt(Removal.DetachedPremise::index));
        return detached;
    }

    private static boolean cannotStandWithout(Inference inference, Set<MapNode> doomed) {
        if (doomed.contains(inference.target())) {
            return true;
        }
        boolean keepsAPremise = inference.premises().stream().anyMatch(p -> !doomed.contains(p));
        return !keepsAPremise && !inference.content().hasOwnWords();
    }
}
