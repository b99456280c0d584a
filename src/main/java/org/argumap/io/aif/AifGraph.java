package org.argumap.io.aif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The edges of an AIF document as neighbours of each node, in edge order, a repeated edge counted once. */
final class AifGraph {
    private final Map<String, AifNode> byId;
    private final Map<String, Set<String>> sources = new HashMap<>();
    private final Map<String, Set<String>> targets = new HashMap<>();

    AifGraph(AifDocument document) {
        this.byId = document.byId();
        for (AifEdge edge : document.edges()) {
            targets.computeIfAbsent(edge.from(), k -> new LinkedHashSet<>()).add(edge.to());
            sources.computeIfAbsent(edge.to(), k -> new LinkedHashSet<>()).add(edge.from());
        }
    }

    /** The nodes with an edge into this one. */
    List<AifNode> sourcesOf(AifNode node) {
        return resolve(sources.get(node.id()));
    }

    /** The nodes this one has an edge to. */
    List<AifNode> targetsOf(AifNode node) {
        return resolve(targets.get(node.id()));
    }

    private List<AifNode> resolve(Set<String> ids) {
        if (ids == null) {
            return List.of();
        }
        List<AifNode> nodes = new ArrayList<>(ids.size());
        for (String id : ids) {
            nodes.add(byId.get(id));
        }
        return nodes;
    }
}
