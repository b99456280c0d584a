package org.argumap.analysis.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Link;
import org.argumap.model.MapNode;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.jgrapht.Graph;

/**
 * The questions a whole-map walk asks of every node, answered from one pass over the map: the
 * inferences into a node in map order, the inference a statement hangs from, a statement's role.
 * The map's own {@link ArgumentMap#inferencesFrom} and {@link ArgumentMap#roleOf} sort edges on
 * each call, which is right for one box and several seconds for a hundred thousand; the answers
 * are the same (a property test holds them to it).
 */
final class MapWalk {
    private final ArgumentMap map;
    private final Graph<MapNode, Link> graph;
    private final Map<MapNode, Integer> order = new IdentityHashMap<>();
    private final Map<Statement, Inference> firstOut = new IdentityHashMap<>();
    private final Comparator<MapNode> inMapOrder = Comparator.comparingInt(order::get);

    MapWalk(ArgumentMap map) {
        this.map = map;
        this.graph = map.graph();
        List<MapNode> nodes = map.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            order.put(nodes.get(i), i);
        }
        for (MapNode node : nodes) {
            if (node instanceof Statement statement) {
                Inference first = null;
                for (Link link : graph.outgoingEdgesOf(statement)) {
                    Inference out = (Inference) graph.getEdgeTarget(link);
                    if (first == null || order.get(out) < order.get(first)) {
                        first = out;
                    }
                }
                if (first != null) {
                    firstOut.put(statement, first);
                }
            }
        }
    }

    ArgumentMap map() {
        return map;
    }

    /** The first inference a statement feeds, in map order, which it hangs from; null for a top statement. */
    Inference firstOut(Statement statement) {
        return firstOut.get(statement);
    }

    /** The inferences that bear on a node, in map order. */
    List<Inference> into(MapNode node) {
        Set<Link> edges = graph.incomingEdgesOf(node);
        List<Inference> into = new ArrayList<>(edges.size());
        for (Link link : edges) {
            if (graph.getEdgeSource(link) instanceof Inference inference) {
                into.add(inference);
            }
        }
        if (into.size() > 1) {
            into.sort(inMapOrder);
        }
        return into;
    }

    /** As {@link ArgumentMap#roleOf}. */
    Role role(Statement statement) {
        Inference first = firstOut.get(statement);
        if (first == null) {
            return Role.MAIN_CLAIM;
        }
        return switch (first.type()) {
            case SUPPORT -> Role.REASON;
            case REPHRASE -> Role.REPHRASING;
            case REPLY -> Role.REPLY;
            case OFF_TOPIC -> Role.OFF_TOPIC;
            case ATTACK -> {
                if (!(first.target() instanceof Statement attacked)) {
                    yield Role.UNDERCUTTER;
                }
                Inference attackedFeeds = firstOut.get(attacked);
                yield attackedFeeds != null && attackedFeeds.type() == InferenceType.ATTACK
                        ? Role.REBUTTAL : Role.OBJECTION;
            }
        };
    }
}
