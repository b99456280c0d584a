package org.argumap.model;

import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;

/**
 * The directed graph under a map: no loops, no parallel edges. It uses JGraphT's plain specifics
 * instead of the default fast-lookup ones: those keep an extra index of every vertex pair, which
 * for a 100,000-statement map costs hundreds of megabytes and most of the load time, while
 * argument maps have small degrees, so finding an edge by scanning a vertex's edges is cheap.
 */
final class MapGraph extends AbstractBaseGraph<MapNode, Link> {
    private static final long serialVersionUID = 1L;

    MapGraph() {
        super(null, Link::new, new DefaultGraphType.Builder().directed().allowMultipleEdges(false)
                .allowSelfLoops(false).weighted(false).build(), new DefaultGraphSpecificsStrategy<>());
    }
}
