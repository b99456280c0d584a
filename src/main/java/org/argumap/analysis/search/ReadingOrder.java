package org.argumap.analysis.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * The statements of a map in the order a reader goes through it, top-down like an outline: each
 * main claim, then its first reason and everything below that reason, then its next reason, and
 * so on, with the undercuts of a step after the branches of its premises. A statement hangs from
 * the first inference it feeds, as the canvas draws it; statements no main claim leads to (a
 * circle of support) come last, in map order.
 *
 * <p>Walks with its own stack, not by recursion, so a chain of a hundred thousand replies does
 * not overflow the thread's stack.
 */
public final class ReadingOrder {
    private ReadingOrder() {
    }

    public static List<Statement> of(ArgumentMap map) {
        return of(new MapWalk(map));
    }

    static List<Statement> of(MapWalk map) {
        List<Statement> statements = map.map().statements();
        List<Statement> order = new ArrayList<>(statements.size());
        Set<Statement> seen = new HashSet<>();
        for (Statement statement : statements) {
            if (map.firstOut(statement) == null) {
                walk(map, statement, seen, order);
            }
        }
        for (Statement statement : statements) {
            if (!seen.contains(statement)) {
                walk(map, statement, seen, order);
            }
        }
        return order;
    }

    /** Pre-order from one top: a statement is emitted, then what hangs below it. */
    private static void walk(MapWalk map, Statement top, Set<Statement> seen, List<Statement> order) {
        Deque<MapNode> stack = new ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty()) {
            MapNode node = stack.pop();
            if (node instanceof Statement statement && !seen.add(statement)) {
                continue;
            }
            if (node instanceof Statement statement) {
                order.add(statement);
            }
            List<MapNode> below = below(map, node);
            Collections.reverse(below);
            below.forEach(stack::push);
        }
    }

    /**
     * What hangs directly below a node, in order: for each inference into it, the premises that
     * hang from that inference, then the inference itself, which stands for its undercuts.
     */
    private static List<MapNode> below(MapWalk map, MapNode node) {
        List<MapNode> below = new ArrayList<>();
        for (Inference inference : map.into(node)) {
            for (Statement premise : inference.premises()) {
                if (map.firstOut(premise) == inference) {
                    below.add(premise);
                }
            }
            if (!map.into(inference).isEmpty()) {
                below.add(inference);
            }
        }
        return below;
    }
}
