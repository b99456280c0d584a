package org.argumap.layout;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Link;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.jgrapht.Graph;

/**
 * Which nodes a set of collapsed statements hides. A collapsed statement stays visible but hides
 * what hangs below it: the inferences into it, their premises, undercuts of those inferences, and
 * so on down. A node that can still be reached from a main claim without passing a collapsed
 * statement stays visible (a premise shared with an open branch), and nodes that no main claim
 * reaches (a circle of support with no top) are never hidden. Linear in the size of the map.
 */
public final class Collapsing {
    private final Set<String> collapsed;
    private final Set<MapNode> hidden;
    private final Map<String, Integer> hiddenBelow;

    private Collapsing(Set<String> collapsed, Set<MapNode> hidden, Map<String, Integer> hiddenBelow) {
        this.collapsed = collapsed;
        this.hidden = hidden;
        this.hiddenBelow = hiddenBelow;
    }

    /** Nothing collapsed. */
    public static Collapsing none() {
        return new Collapsing(Set.of(), Set.of(), Map.of());
    }

    public static Collapsing of(ArgumentMap map, Set<String> collapsedIds) {
        return of(map, collapsedIds, Set.of());
    }

    /**
     * Collapsed branches and, besides, statements a filter hides (the moderator's hidden replies):
     * a filtered statement is hidden itself, with everything that hangs below it only through it.
     * A main claim is never filtered away. Filtered statements count among the hidden ones below a
     * collapsed statement, as any other hidden statement.
     */
    public static Collapsing of(ArgumentMap map, Set<String> collapsedIds, Set<String> filteredIds) {
        if (collapsedIds.isEmpty() && filteredIds.isEmpty()) {
            return none();
        }
        Graph<MapNode, Link> graph = map.graph();
        Set<MapNode> roots = new HashSet<>(map.mainClaims());
        Set<MapNode> reachable = below(graph, roots, Set.of());
        Set<MapNode> stops = new HashSet<>();
        collapsedIds.forEach(id -> {
            MapNode node = map.node(id);
            if (node != null) {
                stops.add(node);
            }
        });
        Set<MapNode> filtered = filteredNodes(map, filteredIds, roots);
        stops.addAll(filtered);
        Set<MapNode> open = below(graph, roots, stops);
        Set<MapNode> hidden = new HashSet<>(reachable);
        hidden.removeAll(open);
        hidden.addAll(filtered);
        Map<String, Integer> counts = new HashMap<>();
        for (MapNode stop : stops) {
            if (!hidden.contains(stop) && collapsedIds.contains(stop.id())) {
                counts.put(stop.id(), countHiddenStatementsBelow(graph, stop, hidden));
            }
        }
        return new Collapsing(Set.copyOf(collapsedIds), Collections.unmodifiableSet(hidden), Map.copyOf(counts));
    }

    /**
     * The filtered statements, and the inferences all of whose premises are filtered: a junction
     * with nothing left to join goes with its premises, and so does whatever undercuts it.
     */
    private static Set<MapNode> filteredNodes(ArgumentMap map, Set<String> filteredIds, Set<MapNode> roots) {
        Set<MapNode> filtered = new HashSet<>();
        for (String id : filteredIds) {
            MapNode node = map.node(id);
            if (node instanceof Statement && !roots.contains(node)) {
                filtered.add(node);
            }
        }
        Set<MapNode> inferences = new HashSet<>();
        Graph<MapNode, Link> graph = map.graph();
        for (MapNode node : filtered) {
            for (Link link : graph.outgoingEdgesOf(node)) {
                if (graph.getEdgeTarget(link) instanceof Inference inference
                        && filtered.containsAll(inference.premises())) {
                    inferences.add(inference);
                }
            }
        }
        filtered.addAll(inferences);
        return filtered;
    }

    public boolean isCollapsed(String id) {
        return collapsed.contains(id);
    }

    public boolean isHidden(MapNode node) {
        return hidden.contains(node);
    }

    /** How many statements a visible collapsed statement hides; 0 for any other. */
    public int hiddenBelow(String id) {
        return hiddenBelow.getOrDefault(id, 0);
    }

    /** The collapsed statement ids, as given. */
    public Set<String> collapsedIds() {
        return collapsed;
    }

    /** Everything reachable downwards (against the edges: target to inference to premise) from the starts. */
    private static Set<MapNode> below(Graph<MapNode, Link> graph, Set<MapNode> starts, Set<MapNode> stops) {
        Set<MapNode> seen = new HashSet<>(starts);
        Deque<MapNode> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty()) {
            MapNode node = queue.poll();
            if (stops.contains(node)) {
                continue;
            }
            for (Link link : graph.incomingEdgesOf(node)) {
                MapNode source = graph.getEdgeSource(link);
                if (seen.add(source)) {
                    queue.add(source);
                }
            }
        }
        return seen;
    }

    private static int countHiddenStatementsBelow(Graph<MapNode, Link> graph, MapNode top, Set<MapNode> hidden) {
        Set<MapNode> seen = new HashSet<>();
        Deque<MapNode> queue = new ArrayDeque<>();
        queue.add(top);
        int statements = 0;
        while (!queue.isEmpty()) {
            MapNode node = queue.poll();
            for (Link link : graph.incomingEdgesOf(node)) {
                MapNode source = graph.getEdgeSource(link);
                if (hidden.contains(source) && seen.add(source)) {
                    queue.add(source);
                    if (source instanceof Statement) {
                        statements++;
                    }
                }
            }
        }
        return statements;
    }
}
