package org.argumap.edit;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Link;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.jgrapht.Graph;

/**
 * The map as a tree, the way the editor walks it: a statement hangs from the first inference it
 * feeds (in map order, as {@link ArgumentMap#roleOf} reads it), its children are the premises of
 * the inferences into it, and its siblings the other children of its parent. A statement that
 * feeds several inferences is drawn under the first; the others are cross links.
 *
 * <p>These are the answers both the commands (promote, demote, add sibling) and the keyboard
 * navigation of the UI need, so they live in one place.
 */
public final class MapStructure {
    private MapStructure() {
    }

    /** The inference a statement hangs from, or null for a statement that feeds nothing (a main claim). */
    public static Inference parentInference(ArgumentMap map, Statement statement) {
        List<Inference> out = map.inferencesFrom(statement);
        return out.isEmpty() ? null : out.get(0);
    }

    /**
     * What a node hangs from: for a statement, the target of its parent inference (a statement,
     * or an inference when it undercuts); for an inference, its target. Null at the top.
     */
    public static MapNode parent(ArgumentMap map, MapNode node) {
        if (node instanceof Inference inference) {
            return inference.target();
        }
        Inference up = parentInference(map, (Statement) node);
        return up == null ? null : up.target();
    }

    /** The statements hanging from a node: the premises of the inferences into it, in map order. */
    public static List<Statement> children(ArgumentMap map, MapNode node) {
        Set<Statement> children = new LinkedHashSet<>();
        for (Inference inference : map.inferencesInto(node)) {
            children.addAll(inference.premises());
        }
        return List.copyOf(children);
    }

    /**
     * The statement and its siblings, in order: the children of its parent, or for a statement
     * at the top every statement that feeds nothing.
     */
    public static List<Statement> siblings(ArgumentMap map, Statement statement) {
        MapNode parent = parent(map, statement);
        if (parent != null) {
            return children(map, parent);
        }
        return map.unfedStatements();
    }

    /** The sibling just before this statement, or null when it is the first. */
    public static Statement previousSibling(ArgumentMap map, Statement statement) {
        List<Statement> siblings = siblings(map, statement);
        int at = siblings.indexOf(statement);
        return at <= 0 ? null : siblings.get(at - 1);
    }

    /**
     * The nodes and everything below them: every inference into a node of the branch (reasons,
     * objections, undercuts of its steps) and every premise of those, however deep. Shared
     * statements and circles are visited once.
     */
    public static Set<MapNode> branch(ArgumentMap map, Collection<? extends MapNode> tops) {
        Set<MapNode> branch = new LinkedHashSet<>(tops);
        Deque<MapNode> open = new ArrayDeque<>(tops);
        while (!open.isEmpty()) {
            for (Inference inference : map.inferencesInto(open.poll())) {
                if (branch.add(inference)) {
                    open.add(inference);
                }
                for (Statement premise : inference.premises()) {
                    if (branch.add(premise)) {
                        open.add(premise);
                    }
                }
            }
        }
        return branch;
    }

    /**
     * Whether following the arrows (premise to inference to target) from {@code start} reaches
     * {@code goal}: then an arrow from {@code goal} into {@code start} would close a circle, as
     * when a claim is made a reason for one of its own reasons.
     */
    public static boolean leadsTo(ArgumentMap map, MapNode start, MapNode goal) {
        Graph<MapNode, Link> graph = map.graph();
        Set<MapNode> seen = new LinkedHashSet<>();
        Deque<MapNode> open = new ArrayDeque<>();
        open.add(start);
        seen.add(start);
        while (!open.isEmpty()) {
            MapNode node = open.poll();
            if (node == goal) {
                return true;
            }
            for (Link link : graph.outgoingEdgesOf(node)) {
                MapNode next = graph.getEdgeTarget(link);
                if (seen.add(next)) {
                    open.add(next);
                }
            }
        }
        return false;
    }
}
