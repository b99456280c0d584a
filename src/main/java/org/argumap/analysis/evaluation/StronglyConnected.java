package org.argumap.analysis.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The strongly connected components of a directed graph given as arrays of successors, sources
 * first (Tarjan 1972, without recursion so that a chain of 100,000 reasons does not overflow the
 * stack). JGraphT's inspectors would box every vertex and edge of a map this large, which the
 * gradual strengths, computed after each edit, cannot afford.
 */
final class StronglyConnected {
    private StronglyConnected() {
    }

    /** The components in topological order: no vertex has a successor in an earlier component. */
    static List<int[]> components(int[][] successors) {
        int n = successors.length;
        int[] index = new int[n];
        int[] lowLink = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callVertex = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        List<int[]> found = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callVertex[0] = root;
            callEdge[0] = 0;
            index[root] = lowLink[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callVertex[depth];
                if (callEdge[depth] < successors[v].length) {
                    int w = successors[v][callEdge[depth]++];
                    if (index[w] < 0) {
                        index[w] = lowLink[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callVertex[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        lowLink[v] = Math.min(lowLink[v], index[w]);
                    }
                    continue;
                }
                if (lowLink[v] == index[v]) {
                    int start = stackSize;
                    do {
                        start--;
                        onStack[stack[start]] = false;
                    } while (stack[start] != v);
                    found.add(Arrays.copyOfRange(stack, start, stackSize));
                    stackSize = start;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callVertex[depth];
                    lowLink[parent] = Math.min(lowLink[parent], lowLink[v]);
                }
            }
        }
        // Tarjan finishes a component only after every component it reaches: sinks come first.
        Collections.reverse(found);
        return found;
    }

    /** Whether this component holds a cycle: more than one vertex, or one that is its own successor. */
    static boolean isCyclic(int[] component, int[][] successors) {
        if (component.length > 1) {
            return true;
        }
        int v = component[0];
        for (int w : successors[v]) {
            if (w == v) {
                return true;
            }
        }
        return false;
    }
}
