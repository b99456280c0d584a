package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.argumap.model.ArgumentMap;
import org.argumap.model.GeneratedMaps;
import org.argumap.model.Inference;
import org.argumap.model.Link;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.jgrapht.Graph;

/**
 * {@link Collapsing} looks only below the collapsed statements; on random maps (circles, shared
 * premises, undercuts of undercuts, claims and evidence) with random branches collapsed and
 * random statements filtered, it hides exactly what the plain definition over the whole map does:
 * what a main claim reaches, but only through a collapsed or filtered statement, and the filtered.
 */
class CollapsingProperties {

    @Property(tries = 400)
    void hidesWhatTheWholeMapWalkHides(@ForAll("maps") ArgumentMap map, @ForAll long seed) {
        Random random = new Random(seed);
        Set<String> collapsed = new HashSet<>();
        Set<String> filtered = new HashSet<>();
        for (Statement statement : map.statements()) {
            int pick = random.nextInt(6);
            if (pick == 0) {
                collapsed.add(statement.id());
            } else if (pick == 1 && random.nextBoolean()) {
                filtered.add(statement.id());
            }
        }
        if (random.nextInt(4) == 0) {
            filtered.clear();
        }
        Collapsing collapsing = Collapsing.of(map, collapsed, filtered);
        Set<MapNode> expected = wholeMapHidden(map, collapsed, filtered);
        for (MapNode node : map.nodes()) {
            assertEquals(expected.contains(node), collapsing.isHidden(node), node.id());
        }
        for (String id : collapsed) {
            MapNode node = map.node(id);
            int count = expected.contains(node) ? 0 : hiddenStatementsBelow(map.graph(), node, expected);
            assertEquals(count, collapsing.hiddenBelow(id), id);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<ArgumentMap> maps() {
        return GeneratedMaps.maps();
    }

    /** The definition, walking the whole map from its main claims twice. */
    private static Set<MapNode> wholeMapHidden(ArgumentMap map, Set<String> collapsed, Set<String> filteredIds) {
        Graph<MapNode, Link> graph = map.graph();
        Set<MapNode> roots = new HashSet<>(map.mainClaims());
        Set<MapNode> filtered = new HashSet<>();
        for (String id : filteredIds) {
            if (!roots.contains(map.node(id))) {
                filtered.add(map.node(id));
            }
        }
        for (Inference inference : map.inferences()) {
            if (!inference.premises().isEmpty() && filtered.containsAll(inference.premises())) {
                filtered.add(inference);
            }
        }
        Set<MapNode> stops = new HashSet<>(filtered);
        collapsed.forEach(id -> stops.add(map.node(id)));
        Set<MapNode> hidden = below(graph, roots, Set.of());
        hidden.removeAll(below(graph, roots, stops));
        hidden.addAll(filtered);
        return hidden;
    }

    private static Set<MapNode> below(Graph<MapNode, Link> graph, Set<MapNode> starts, Set<MapNode> stops) {
        Set<MapNode> seen = new HashSet<>(starts);
        Deque<MapNode> queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty()) {
            MapNode node = queue.poll();
            if (!stops.contains(node)) {
                for (Link link : graph.incomingEdgesOf(node)) {
                    if (seen.add(graph.getEdgeSource(link))) {
                        queue.add(graph.getEdgeSource(link));
                    }
                }
            }
        }
        return seen;
    }

    private static int hiddenStatementsBelow(Graph<MapNode, Link> graph, MapNode top, Set<MapNode> hidden) {
        Set<MapNode> seen = new HashSet<>();
        Deque<MapNode> queue = new ArrayDeque<>(List.of(top));
        int statements = 0;
        while (!queue.isEmpty()) {
            for (Link link : graph.incomingEdgesOf(queue.poll())) {
                MapNode source = graph.getEdgeSource(link);
                if (hidden.contains(source) && seen.add(source)) {
                    queue.add(source);
                    statements += source instanceof Statement ? 1 : 0;
                }
            }
        }
        return statements;
    }
}
