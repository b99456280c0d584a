package org.argumap.analysis.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * The branch under each statement: how deep it goes and how many supports and attacks it holds.
 * What lies beneath a statement are the inferences into it, the undercuts of those, and their
 * premises' own branches. One walk over the map, without recursion, so a chain of 100,000 reasons
 * neither overflows the stack nor takes quadratic time. A statement that serves two arguments
 * counts in both branches; a circle of reasons is cut where the walk meets it again.
 */
final class Branches {
    private static final byte NEW = 0;
    private static final byte OPEN = 1;
    private static final byte DONE = 2;

    private final List<Statement> statements;
    private final Map<Statement, Integer> index;
    private final int[][] children;
    private final int[] supports;
    private final int[] attacks;
    private final int[] height;
    private final int[] branchSupports;
    private final int[] branchAttacks;

    Branches(ArgumentMap map) {
        statements = map.statements();
        int n = statements.size();
        index = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(statements.get(i), i);
        }
        children = new int[n][];
        supports = new int[n];
        attacks = new int[n];
        for (int i = 0; i < n; i++) {
            beneath(map, i);
        }
        height = new int[n];
        branchSupports = new int[n];
        branchAttacks = new int[n];
        byte[] state = new byte[n];
        for (int i = 0; i < n; i++) {
            if (state[i] == NEW) {
                walk(i, state);
            }
        }
    }

    /** The supports and attacks directly beneath a statement, and the premises they rest on. */
    private void beneath(ArgumentMap map, int i) {
        List<Integer> below = new ArrayList<>();
        Deque<Inference> pending = new ArrayDeque<>(map.inferencesInto(statements.get(i)));
        while (!pending.isEmpty()) {
            Inference inference = pending.pop();
            if (inference.type() == InferenceType.SUPPORT) {
                supports[i]++;
            } else if (inference.type() == InferenceType.ATTACK) {
                attacks[i]++;
            }
            inference.premises().forEach(p -> below.add(index.get(p)));
            pending.addAll(map.inferencesInto(inference));
        }
        children[i] = below.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Post-order from one statement; a child still open is on the current path, a circle. */
    private void walk(int root, byte[] state) {
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {root, 0});
        state[root] = OPEN;
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            int node = top[0];
            if (top[1] < children[node].length) {
                int child = children[node][top[1]++];
                if (state[child] == NEW) {
                    state[child] = OPEN;
                    stack.push(new int[] {child, 0});
                }
                continue;
            }
            stack.pop();
            int deepest = 0;
            long s = supports[node];
            long a = attacks[node];
            for (int child : children[node]) {
                if (state[child] == DONE) {
                    deepest = Math.max(deepest, height[child]);
                    s += branchSupports[child];
                    a += branchAttacks[child];
                }
            }
            height[node] = deepest + 1;
            branchSupports[node] = (int) Math.min(Integer.MAX_VALUE, s);
            branchAttacks[node] = (int) Math.min(Integer.MAX_VALUE, a);
            state[node] = DONE;
        }
    }

    /** Statements from this one down its longest chain, itself included: 1 for a lone statement. */
    int height(Statement statement) {
        return height[index.get(statement)];
    }

    Balance balance(Statement statement) {
        int i = index.get(statement);
        return new Balance(statement.id(), supports[i], attacks[i], branchSupports[i], branchAttacks[i]);
    }
}
