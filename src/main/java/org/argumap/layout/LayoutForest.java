package org.argumap.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * The map read as a forest of statements for drawing top-down: each tree hangs from a statement
 * that feeds nothing (a main claim), and a statement's children are the premises of the
 * inferences into it. An undercutter becomes a sibling of the premises whose step it attacks.
 *
 * <p>The map is a graph, not a tree: a statement that feeds several inferences is placed under the
 * first that reaches it in breadth-first order, and a cycle of support without any main claim is
 * entered at its first statement in map order. Built breadth-first with explicit queues, so a
 * chain of 100,000 statements needs no deep stack.
 */
final class LayoutForest {
    /** Breadth-first: every parent comes before its children, and each tree after the previous. */
    final List<Statement> order = new ArrayList<>();
    final List<Statement> roots = new ArrayList<>();
    final Map<Statement, Integer> indexOf = new HashMap<>();
    final List<Integer> parentIndex = new ArrayList<>();
    final List<Integer> depth = new ArrayList<>();
    final List<List<Integer>> children = new ArrayList<>();

    private final ArgumentMap map;

    private LayoutForest(ArgumentMap map) {
        this.map = map;
    }

    static LayoutForest of(ArgumentMap map) {
        LayoutForest forest = new LayoutForest(map);
        List<Statement> statements = map.statements();
        for (Statement statement : statements) {
            if (map.graph().outDegreeOf(statement) == 0) {
                forest.growTree(statement);
            }
        }
        for (Statement statement : statements) {
            if (!forest.indexOf.containsKey(statement)) {
                forest.growTree(statement);
            }
        }
        return forest;
    }

    int size() {
        return order.size();
    }

    private void growTree(Statement root) {
        roots.add(root);
        int first = order.size();
        add(root, -1);
        for (int next = first; next < order.size(); next++) {
            Statement parent = order.get(next);
            for (Inference inference : map.inferencesInto(parent)) {
                addPremisesWithUndercuts(inference, next);
            }
        }
    }

    /** Premises of the inference, then the premises of undercuts on it, depth-first without recursion. */
    private void addPremisesWithUndercuts(Inference inference, int parent) {
        Deque<Inference> pending = new ArrayDeque<>();
        pending.push(inference);
        while (!pending.isEmpty()) {
            Inference current = pending.pop();
            for (Statement premise : current.premises()) {
                if (!indexOf.containsKey(premise)) {
                    add(premise, parent);
                }
            }
            List<Inference> undercuts = new ArrayList<>(map.inferencesInto(current));
            Collections.reverse(undercuts);
            undercuts.forEach(pending::push);
        }
    }

    private void add(Statement statement, int parent) {
        int index = order.size();
        order.add(statement);
        indexOf.put(statement, index);
        parentIndex.add(parent);
        depth.add(parent < 0 ? 0 : depth.get(parent) + 1);
        children.add(new ArrayList<>(2));
        if (parent >= 0) {
            children.get(parent).add(index);
        }
    }
}
