package org.argumap.ui.canvas;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Link;
import org.argumap.model.MapNode;
import org.jgrapht.Graph;
import org.argumap.render.LaidOutMap;

/**
 * The collapsed statements that hide matches of a search: a search that dimmed them would leave
 * the reader no clue where the hidden matches are. Worked out once per layout and per search, by
 * walking up from each match that is not laid out, visiting every node at most once.
 */
final class HiddenMatches {
    private LaidOutMap laidOut;
    private Highlights highlights;
    private Set<String> hiding = Set.of();

    /**
     * Whether this collapsed statement hides a match below it. Asked only for statements that are
     * collapsed, so a frame without collapsed boxes never works anything out here.
     */
    boolean hides(String statementId, ArgumentMap map, LaidOutMap now, Highlights search,
                  Supplier<Set<String>> collapsed) {
        if (now != laidOut || search != highlights) {
            laidOut = now;
            highlights = search;
            hiding = collapsedAbove(map, now, search.matches(), collapsed.get());
        }
        return hiding.contains(statementId);
    }

    /** The collapsed statements above the matches that this layout leaves out. */
    static Set<String> collapsedAbove(ArgumentMap map, LaidOutMap now, Set<String> matches, Set<String> collapsed) {
        Graph<MapNode, Link> graph = map.graph();
        Set<MapNode> seen = new HashSet<>();
        Deque<MapNode> open = new ArrayDeque<>();
        for (String id : matches) {
            MapNode match = map.node(id);
            if (match != null && now.rectOf(id) == null && seen.add(match)) {
                open.add(match);
            }
        }
        Set<String> hiding = new HashSet<>();
        while (!open.isEmpty()) {
            MapNode node = open.poll();
            if (collapsed.contains(node.id())) {
                hiding.add(node.id());
            }
            for (Link link : graph.outgoingEdgesOf(node)) {
                MapNode up = graph.getEdgeTarget(link);
                if (seen.add(up)) {
                    open.add(up);
                }
            }
        }
        return hiding;
    }
}
