package org.argumap.layout;

import java.util.Arrays;

/**
 * The map read as a forest of statements for drawing top-down: each tree hangs from a statement
 * that feeds nothing (a main claim), and a statement's children are the premises of the
 * inferences into it. An undercutter becomes a sibling of the premises whose step it attacks.
 *
 * <p>The map is a graph, not a tree: a statement that feeds several inferences is placed under the
 * first that reaches it in breadth-first order, and a cycle of support without any main claim is
 * entered at its first statement in map order. Built breadth-first with explicit stacks, so a
 * chain of 100,000 statements needs no deep stack.
 *
 * <p>Positions in the forest ("slots") follow the breadth-first order: every parent comes before
 * its children, and the children of one parent take consecutive slots, so they are a range,
 * not a list, and the whole forest is a handful of int arrays.
 */
final class LayoutForest {
    /** The input node of each slot. */
    final int[] node;
    /** The slot of each input node; -1 for inferences. */
    final int[] slotOf;
    final int[] parent;
    final int[] depth;
    final int[] firstChild;
    final int[] childEnd;
    /** Slots of the trees' roots, in the order the trees stand side by side. */
    final int[] roots;

    private final LayoutInput input;
    private int size;
    private int rootCount;
    /** A stack of inferences still to visit for one parent (the undercuts of its steps), reused. */
    private int[] pending = new int[16];

    private LayoutForest(LayoutInput input) {
        this.input = input;
        int n = input.size();
        node = new int[n];
        slotOf = new int[n];
        Arrays.fill(slotOf, -1);
        parent = new int[n];
        depth = new int[n];
        firstChild = new int[n];
        childEnd = new int[n];
        roots = new int[n];
    }

    static LayoutForest of(LayoutInput input) {
        LayoutForest forest = new LayoutForest(input);
        int n = input.size();
        for (int i = 0; i < n; i++) {
            if (input.isStatement(i) && input.feedCount(i) == 0) {
                forest.growTree(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (input.isStatement(i) && forest.slotOf[i] < 0) {
                forest.growTree(i);
            }
        }
        return forest;
    }

    /** Number of statements in the forest (every visible statement). */
    int size() {
        return size;
    }

    int rootCount() {
        return rootCount;
    }

    private void growTree(int root) {
        roots[rootCount++] = size;
        int first = size;
        add(root, -1);
        for (int slot = first; slot < size; slot++) {
            firstChild[slot] = size;
            int statement = node[slot];
            for (int k = 0; k < input.incomingCount(statement); k++) {
                addPremisesWithUndercuts(input.incoming(statement, k), slot);
            }
            childEnd[slot] = size;
        }
    }

    /** Premises of the inference, then the premises of undercuts on it, depth-first without recursion. */
    private void addPremisesWithUndercuts(int inference, int parentSlot) {
        int top = 0;
        pending[top++] = inference;
        while (top > 0) {
            int current = pending[--top];
            for (int k = 0; k < input.premiseCount(current); k++) {
                int premise = input.premise(current, k);
                if (slotOf[premise] < 0) {
                    add(premise, parentSlot);
                }
            }
            int undercuts = input.incomingCount(current);
            if (top + undercuts > pending.length) {
                pending = Arrays.copyOf(pending, Math.max(2 * pending.length, top + undercuts));
            }
            for (int k = undercuts - 1; k >= 0; k--) {
                pending[top++] = input.incoming(current, k);
            }
        }
    }

    private void add(int statement, int parentSlot) {
        int slot = size++;
        node[slot] = statement;
        slotOf[statement] = slot;
        parent[slot] = parentSlot;
        depth[slot] = parentSlot < 0 ? 0 : depth[parentSlot] + 1;
    }
}
