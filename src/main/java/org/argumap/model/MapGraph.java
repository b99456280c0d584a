package org.argumap.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.GraphSpecificsStrategy;
import org.jgrapht.graph.IntrusiveEdgesSpecifics;
import org.jgrapht.graph.specifics.ArrayUnenforcedSetEdgeSetFactory;
import org.jgrapht.graph.specifics.DirectedEdgeContainer;
import org.jgrapht.graph.specifics.DirectedSpecifics;
import org.jgrapht.graph.specifics.Specifics;

/**
 * The directed graph under a map: no loops, no parallel edges. Argument maps have small degrees,
 * so an edge is found by scanning a vertex's edges (JGraphT's plain specifics, not the fast-lookup
 * ones, whose index of every vertex pair costs hundreds of megabytes on a large map).
 *
 * <p>What JGraphT keeps in hash maps by default, the vertex's edges and an edge's ends, is kept in
 * the nodes and links themselves: a 100,000-statement map asks for them millions of times while it
 * is read and checked, and a field is read in a fraction of the time of a lookup in a map of that
 * size, and takes a fraction of its memory. Vertices and edges keep JGraphT's insertion order, in
 * lists threaded through them.
 */
final class MapGraph extends AbstractBaseGraph<MapNode, Link> {
    private static final long serialVersionUID = 1L;

    MapGraph() {
        super(null, Link::new, new DefaultGraphType.Builder().directed().allowMultipleEdges(false)
                .allowSelfLoops(false).weighted(false).build(), new InNodesAndLinks());
    }

    private static final class InNodesAndLinks implements GraphSpecificsStrategy<MapNode, Link> {
        private static final long serialVersionUID = 1L;

        @Override
        public Function<GraphType, IntrusiveEdgesSpecifics<MapNode, Link>> getIntrusiveEdgesSpecificsFactory() {
            return type -> new LinkEnds();
        }

        @Override
        public BiFunction<Graph<MapNode, Link>, GraphType, Specifics<MapNode, Link>> getSpecificsFactory() {
            return (graph, type) -> new DirectedSpecifics<>(graph, new NodeEdges(), new ArrayUnenforcedSetEdgeSetFactory<>());
        }
    }

    /** Each vertex's incoming and outgoing edges, held by the vertex; vertices in insertion order. */
    private static final class NodeEdges extends AbstractMap<MapNode, DirectedEdgeContainer<MapNode, Link>> {
        private MapNode first;
        private MapNode last;
        private int size;
        private final Set<MapNode> keys = new Keys();

        @Override
        @SuppressWarnings("unchecked")
        public DirectedEdgeContainer<MapNode, Link> get(Object key) {
            return key instanceof MapNode node && node.graphOwner == this
                    ? (DirectedEdgeContainer<MapNode, Link>) node.graphEdges : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public DirectedEdgeContainer<MapNode, Link> put(MapNode node, DirectedEdgeContainer<MapNode, Link> edges) {
            DirectedEdgeContainer<MapNode, Link> old = get(node);
            if (old == null) {
                if (node.graphOwner != null) {
                    throw new IllegalStateException(node + " is already in another map's graph");
                }
                node.graphOwner = this;
                node.graphPrevious = last;
                node.graphNext = null;
                if (last == null) {
                    first = node;
                } else {
                    last.graphNext = node;
                }
                last = node;
                size++;
            }
            node.graphEdges = edges;
            return old;
        }

        @Override
        public DirectedEdgeContainer<MapNode, Link> remove(Object key) {
            DirectedEdgeContainer<MapNode, Link> old = get(key);
            if (old != null) {
                unlink((MapNode) key);
            }
            return old;
        }

        private void unlink(MapNode node) {
            if (node.graphPrevious == null) {
                first = node.graphNext;
            } else {
                node.graphPrevious.graphNext = node.graphNext;
            }
            if (node.graphNext == null) {
                last = node.graphPrevious;
            } else {
                node.graphNext.graphPrevious = node.graphPrevious;
            }
            node.graphPrevious = null;
            node.graphNext = null;
            node.graphOwner = null;
            node.graphEdges = null;
            size--;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<MapNode> keySet() {
            return keys;
        }

        @Override
        public Set<Map.Entry<MapNode, DirectedEdgeContainer<MapNode, Link>>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<MapNode, DirectedEdgeContainer<MapNode, Link>>> iterator() {
                    Iterator<MapNode> nodes = keys.iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return nodes.hasNext();
                        }

                        @Override
                        public Map.Entry<MapNode, DirectedEdgeContainer<MapNode, Link>> next() {
                            MapNode node = nodes.next();
                            return new SimpleImmutableEntry<>(node, get(node));
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }

        /** The vertex set: JGraphT removes a vertex through it. */
        private final class Keys extends AbstractSet<MapNode> {
            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }

            @Override
            public boolean remove(Object o) {
                return NodeEdges.this.remove(o) != null;
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<MapNode> iterator() {
                return new Iterator<>() {
                    private MapNode next = first;
                    private MapNode current;

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public MapNode next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        current = next;
                        next = next.graphNext;
                        return current;
                    }

                    @Override
                    public void remove() {
                        if (current == null) {
                            throw new IllegalStateException();
                        }
                        unlink(current);
                        current = null;
                    }
                };
            }
        }
    }

    /** Each edge's ends, held by the link; links in insertion order. */
    private static final class LinkEnds implements IntrusiveEdgesSpecifics<MapNode, Link> {
        private static final long serialVersionUID = 1L;
        private Link first;
        private Link last;
        private int size;
        private final Set<Link> links = new AbstractSet<>() {
            @Override
            public boolean contains(Object o) {
                return containsEdge(o instanceof Link link ? link : null);
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Link> iterator() {
                return new Iterator<>() {
                    private Link next = first;

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Link next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        Link current = next;
                        next = next.next;
                        return current;
                    }
                };
            }
        };

        @Override
        public MapNode getEdgeSource(Link e) {
            return requireEdge(e).source;
        }

        @Override
        public MapNode getEdgeTarget(Link e) {
            return requireEdge(e).target;
        }

        private Link requireEdge(Link e) {
            if (!containsEdge(e)) {
                throw new IllegalArgumentException("no such edge in graph");
            }
            return e;
        }

        @Override
        public boolean add(Link e, MapNode source, MapNode target) {
            if (e.owner != null) {
                return false;
            }
            e.owner = this;
            e.source = source;
            e.target = target;
            e.previous = last;
            if (last == null) {
                first = e;
            } else {
                last.next = e;
            }
            last = e;
            size++;
            return true;
        }

        @Override
        public boolean containsEdge(Link e) {
            return e != null && e.owner == this;
        }

        @Override
        public Set<Link> getEdgeSet() {
            return links;
        }

        @Override
        public void remove(Link e) {
            if (!containsEdge(e)) {
                return;
            }
            if (e.previous == null) {
                first = e.next;
            } else {
                e.previous.next = e.next;
            }
            if (e.next == null) {
                last = e.previous;
            } else {
                e.next.previous = e.previous;
            }
            e.previous = null;
            e.next = null;
            e.owner = null;
            e.source = null;
            e.target = null;
            size--;
        }

        @Override
        public double getEdgeWeight(Link e) {
            requireEdge(e);
            return Graph.DEFAULT_EDGE_WEIGHT;
        }

        @Override
        public void setEdgeWeight(Link e, double weight) {
            throw new UnsupportedOperationException("the map's graph is not weighted");
        }
    }
}
