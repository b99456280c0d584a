package org.argumap.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Finds statements that, through supports, end up giving reason for themselves.
 *
 * <p>The map's own graph runs statement → inference → statement and mixes supports with attacks, so
 * this works on a derived graph of statements only: an edge premise → conclusion for every premise of
 * every support of a statement, and edges both ways between a rephrasing and what it rephrases,
 * because a rephrasing says the same thing. A support from a rephrasing of the conclusion is then
 * a circle of two, which is exactly begging the question.
 *
 * <p>Left out on purpose: attacks (two claims attacking each other is an ordinary disagreement, not
 * a fallacy), replies (not yet classified), and supports of an inference (they back a step, and
 * no statement rests on them).
 *
 * <p>Every strongly connected part of that graph with a support inside it holds a circle, since a
 * support u → v inside it comes back from v to u. One problem is reported per part, quoting its
 * shortest circle through the earliest support, so a tangle of many circles is one problem to fix.
 *
 * <p>The derived graph is kept in arrays of statement numbers (map order) rather than a JGraphT
 * graph: a 100,000-statement map has as many vertices, and boxed vertices and hashed edges made
 * this check the slowest part of {@code check}. Edges keep the order in which they were derived,
 * and the way back is a breadth-first search taking the first edge that reaches a statement, so the
 * circle quoted is the one JGraphT's breadth-first search found.
 */
final class CircularReasoning {
    private static final byte SUPPORTS = 0;
    private static final byte SAYS_THE_SAME_AS = 1;

    private final List<Statement> statements;
    /** The derived edges in the order they were derived: from, to, kind. */
    private int[] from;
    private int[] to;
    private byte[] kind;
    private int edges;
    /** Each statement's outgoing edges, in derivation order: edge numbers outgoing[first[v] .. first[v+1]). */
    private final int[] first;
    private final int[] outgoing;

    CircularReasoning(ArgumentMap map) {
        statements = map.statements();
        Map<Statement, Integer> number = new IdentityHashMap<>(statements.size() * 2);
        for (int i = 0; i < statements.size(); i++) {
            number.put(statements.get(i), i);
        }
        from = new int[16];
        to = new int[16];
        kind = new byte[16];
        for (Inference inference : map.inferences()) {
            if (inference.target() instanceof Statement conclusion) {
                addSteps(inference, number.get(conclusion), number);
            }
        }
        // Outgoing lists by a stable counting sort, so that each keeps the derivation order.
        first = new int[statements.size() + 1];
        for (int e = 0; e < edges; e++) {
            first[from[e] + 1]++;
        }
        for (int v = 0; v < statements.size(); v++) {
            first[v + 1] += first[v];
        }
        outgoing = new int[edges];
        int[] filled = Arrays.copyOf(first, statements.size());
        for (int e = 0; e < edges; e++) {
            outgoing[filled[from[e]]++] = e;
        }
    }

    private void addSteps(Inference inference, int conclusion, Map<Statement, Integer> number) {
        for (Statement premise : inference.premises()) {
            if (inference.type() == InferenceType.SUPPORT) {
                addEdge(number.get(premise), conclusion, SUPPORTS);
            } else if (inference.type() == InferenceType.REPHRASE) {
                int p = number.get(premise);
                addEdge(p, conclusion, SAYS_THE_SAME_AS);
                addEdge(conclusion, p, SAYS_THE_SAME_AS);
            }
        }
    }

    private void addEdge(int source, int target, byte stepKind) {
        if (edges == from.length) {
            from = Arrays.copyOf(from, edges * 2);
            to = Arrays.copyOf(to, edges * 2);
            kind = Arrays.copyOf(kind, edges * 2);
        }
        from[edges] = source;
        to[edges] = target;
        kind[edges] = stepKind;
        edges++;
    }

    List<Problem> find() {
        List<Problem> problems = new ArrayList<>();
        if (edges == 0) {
            return problems;
        }
        int[] part = strongParts();
        // Parts in the map order of their first statement, each with its statements in map order.
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        int[] partSize = new int[statements.size()];
        for (int v = 0; v < statements.size(); v++) {
            partSize[part[v]]++;
        }
        for (int v = 0; v < statements.size(); v++) {
            if (partSize[part[v]] > 1) {
                members.computeIfAbsent(part[v], p -> new ArrayList<>()).add(v);
            }
        }
        for (List<Integer> inPart : members.values()) {
            int support = firstSupportInside(inPart, part);
            if (support >= 0) {
                problems.add(describe(inPart, part, support));
            }
        }
        return problems;
    }

    /** The earliest statement's support to the earliest statement of the same part; -1 if none. */
    private int firstSupportInside(List<Integer> inPart, int[] part) {
        for (int v : inPart) {
            int best = -1;
            for (int i = first[v]; i < first[v + 1]; i++) {
                int e = outgoing[i];
                if (kind[e] == SUPPORTS && part[to[e]] == part[v] && (best < 0 || to[e] < to[best])) {
                    best = e;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    /** The shortest way from {@code start} to {@code goal} inside one part, as edges; breadth first. */
    private List<Integer> wayBack(int start, int goal, int[] part) {
        Map<Integer, Integer> reachedBy = new HashMap<>();
        reachedBy.put(start, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty() && !reachedBy.containsKey(goal)) {
            int v = queue.poll();
            for (int i = first[v]; i < first[v + 1]; i++) {
                int e = outgoing[i];
                int w = to[e];
                if (part[w] == part[start] && !reachedBy.containsKey(w)) {
                    reachedBy.put(w, e);
                    queue.add(w);
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int v = goal; v != start; v = from[reachedBy.get(v)]) {
            path.add(0, reachedBy.get(v));
        }
        return path;
    }

    private Problem describe(List<Integer> inPart, int[] part, int firstSupport) {
        Statement start = statements.get(from[firstSupport]);
        List<Integer> circle = new ArrayList<>();
        circle.add(firstSupport);
        circle.addAll(wayBack(to[firstSupport], from[firstSupport], part));

        StringBuilder message = new StringBuilder(Excerpt.of(start));
        List<String> ids = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        ids.add(start.id());
        named.add(from[firstSupport]);
        for (int i = 0; i < circle.size(); i++) {
            int step = circle.get(i);
            Statement target = statements.get(to[step]);
            message.append(i == 0 ? " " : ", which ").append(verb(kind[step]));
            if (target == start) {
                message.append(' ').append(Excerpt.textOf(start)).append(" again");
            } else {
                message.append(' ').append(Excerpt.of(target));
                ids.add(target.id());
                named.add(to[step]);
            }
        }
        message.append(": the claim ends up resting on itself (circular reasoning).");
        List<Statement> others = inPart.stream().filter(v -> !named.contains(v)).map(statements::get).toList();
        if (!others.isEmpty()) {
            message.append(' ').append(others.size())
                    .append(others.size() == 1 ? " more statement is" : " more statements are")
                    .append(" caught in the same circle.");
            others.forEach(s -> ids.add(s.id()));
        }
        return new Problem(MapChecker.CIRCULAR_REASONING, message.toString(), ids);
    }

    private static String verb(byte stepKind) {
        return stepKind == SUPPORTS ? "supports" : "says the same as";
    }

    /**
     * Each statement's strongly connected part, as a number (Tarjan 1972, iterative, so that a
     * chain of 100,000 reasons does not overflow the stack).
     */
    private int[] strongParts() {
        int n = statements.size();
        int[] index = new int[n];
        int[] lowLink = new int[n];
        int[] part = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callVertex = new int[n];
        int[] callEdge = new int[n];
        int counter = 0;
        int parts = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callVertex[0] = root;
            callEdge[0] = first[root];
            index[root] = lowLink[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callVertex[depth];
                if (callEdge[depth] < first[v + 1]) {
                    int w = to[outgoing[callEdge[depth]++]];
                    if (index[w] < 0) {
                        index[w] = lowLink[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callVertex[depth] = w;
                        callEdge[depth] = first[w];
                    } else if (onStack[w]) {
                        lowLink[v] = Math.min(lowLink[v], index[w]);
                    }
                    continue;
                }
                if (lowLink[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--stackSize];
                        onStack[w] = false;
                        part[w] = parts;
                    } while (w != v);
                    parts++;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callVertex[depth];
                    lowLink[parent] = Math.min(lowLink[parent], lowLink[v]);
                }
            }
        }
        return part;
    }
}
