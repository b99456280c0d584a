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
import org.argumap.model.StatementKind;
import org.jgrapht.Graph;

/**
 * Which nodes a set of collapsed statements hides. A collapsed statement stays visible but hides
 * what hangs below it: the inferences into it, their premises, undercuts of those inferences, and
 * so on down. A node that can still be reached from a main claim without passing a collapsed
 * statement stays visible (a premise shared with an open branch), and nodes that no main claim
 * reaches (a circle of support with no top) are never hidden. Costs about the size of the
 * collapsed branches, not of the map.
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
        Set<MapNode> stops = new HashSet<>();
        collapsedIds.forEach(id -> {
            MapNode node = map.node(id);
            if (node != null) {
                stops.add(node);
            }
        });
        Set<MapNode> filtered = filteredNodes(map, filteredIds);
        stops.addAll(filtered);
        Set<MapNode> hidden = new BranchWalk(graph, stops).hidden();
        hidden.addAll(filtered);
        Map<String, Integer> counts = new HashMap<>();
        for (MapNode stop : stops) {
            if (!hidden.contains(stop) && collapsedIds.contains(stop.id())) {
                counts.put(stop.id(), countHiddenStatementsBelow(graph, stop, hidden));
            }
        }
        return new Collapsing(Set.copyOf(collapsedIds), Collections.unmodifiableSet(hidden), Map.copyOf(counts));
    }

    /** A main claim: a claim that feeds no inference, as {@link ArgumentMap#mainClaims()} has it. */
    private static boolean isMainClaim(Graph<MapNode, Link> graph, MapNode node) {
        return node instanceof Statement statement && statement.kind() == StatementKind.CLAIM
                && graph.outDegreeOf(statement) == 0;
    }

    /**
     * Works out what the stops hide by looking only at what hangs below them (and, for nodes hung
     * there by a link from elsewhere, up the map from that link), not at the whole map: collapsing
     * a branch of a large map costs about the size of the branch. A node below no stop is always
     * visible, since a main claim reaches it without passing a stop, or none reaches it at all. A
     * node below a stop is hidden when some main claim reaches it, but only through stops.
     */
    private static final class BranchWalk {
        private final Graph<MapNode, Link> graph;
        private final Set<MapNode> stops;
        /** Everything below a stop (not the stops themselves, unless below another). */
        private final Set<MapNode> below = new HashSet<>();
        /** Of the nodes outside {@link #below}, whether a main claim reaches them, as worked out so far. */
        private final Map<MapNode, Boolean> reached = new HashMap<>();

        BranchWalk(Graph<MapNode, Link> graph, Set<MapNode> stops) {
            this.graph = graph;
            this.stops = stops;
        }

        Set<MapNode> hidden() {
            Deque<MapNode> queue = new ArrayDeque<>();
            for (MapNode stop : stops) {
                addChildren(stop, below, queue);
            }
            while (!queue.isEmpty()) {
                addChildren(queue.poll(), below, queue);
            }
            // Which of them a main claim reaches at all, and which without passing a stop.
            Set<MapNode> reachable = new HashSet<>();
            Set<MapNode> open = new HashSet<>();
            Deque<MapNode> reachQueue = new ArrayDeque<>();
            Deque<MapNode> openQueue = new ArrayDeque<>();
            for (MapNode node : below) {
                boolean root = isMainClaim(graph, node);
                boolean reachedFromOutside = root;
                boolean openFromOutside = root;
                for (Link link : graph.outgoingEdgesOf(node)) {
                    MapNode parent = graph.getEdgeTarget(link);
                    if (!below.contains(parent) && isReached(parent)) {
                        reachedFromOutside = true;
                        openFromOutside |= !stops.contains(parent);
                    }
                }
                if (reachedFromOutside && reachable.add(node)) {
                    reachQueue.add(node);
                }
                if (openFromOutside && open.add(node)) {
                    openQueue.add(node);
                }
            }
            while (!reachQueue.isEmpty()) {
                addChildren(reachQueue.poll(), reachable, reachQueue);
            }
            while (!openQueue.isEmpty()) {
                MapNode node = openQueue.poll();
                if (!stops.contains(node)) {
                    addChildren(node, open, openQueue);
                }
            }
            reachable.removeAll(open);
            return reachable;
        }

        /** Adds what hangs directly below the node to the set, queueing what is new. */
        private void addChildren(MapNode node, Set<MapNode> into, Deque<MapNode> queue) {
            for (Link link : graph.incomingEdgesOf(node)) {
                MapNode child = graph.getEdgeSource(link);
                if (into.add(child)) {
                    queue.add(child);
                }
            }
        }

        /** Whether a main claim reaches a node outside {@link #below}: a walk up the map from it. */
        private boolean isReached(MapNode start) {
            Boolean known = reached.get(start);
            if (known != null) {
                return known;
            }
            Set<MapNode> seen = new HashSet<>();
            Deque<MapNode> queue = new ArrayDeque<>();
            seen.add(start);
            queue.add(start);
            boolean found = false;
            while (!queue.isEmpty() && !found) {
                MapNode node = queue.poll();
                Boolean before = reached.get(node);
                if (isMainClaim(graph, node) || Boolean.TRUE.equals(before)) {
                    found = true;
                } else if (before == null) {
                    for (Link link : graph.outgoingEdgesOf(node)) {
                        MapNode up = graph.getEdgeTarget(link);
                        if (seen.add(up)) {
                            queue.add(up);
                        }
                    }
                }
            }
            if (found) {
                reached.put(start, true);
            } else {
                // Nothing reached from any of them: none is reached.
                seen.forEach(node -> reached.put(node, false));
            }
            return found;
        }
    }

    /**
     * The filtered statements, and the inferences all of whose premises are filtered: a junction
     * with nothing left to join goes with its premises, and so does whatever undercuts it.
     */
    private static Set<MapNode> filteredNodes(ArgumentMap map, Set<String> filteredIds) {
        Set<MapNode> filtered = new HashSet<>();
        for (String id : filteredIds) {
            MapNode node = map.node(id);
            if (node instanceof Statement && !isMainClaim(map.graph(), node)) {
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
