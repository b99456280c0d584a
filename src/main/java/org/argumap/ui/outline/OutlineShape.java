package org.argumap.ui.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Link;
import org.argumap.model.MapEvent;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.jgrapht.Graph;

/**
 * The map as the outline shows it, worked out in one pass without JavaFX: which lines there are
 * and which hang below which, in order.
 *
 * <p>At the top stand the statements that bear on nothing (main claims), in map order. Below a
 * statement come the inferences into it, in map order, as the canvas draws them: a single-premise
 * inference as its premise's line, followed by the lines of whatever undercuts that step; a linked
 * argument (or a titled one without premises) as a group line, with its co-premises and then its
 * undercuts below it. A statement has its own line, with its branch, under the inference it feeds
 * first (where {@link org.argumap.edit.MapStructure} hangs it); under anything else it bears on it
 * is listed again as a leaf ({@link OutlineEntry.Kind#ALSO}). A circle of support that no main
 * claim reaches is entered at a statement on it, which then stands at the top too.
 *
 * <p>Every line stands for one edge of the map (a premise feeding an inference), one linked
 * inference, or one top statement, so the outline is finite and as large as the map. Built with
 * explicit stacks: a chain of thousands of statements needs no deep recursion.
 */
final class OutlineShape {
    static final OutlineShape EMPTY = new OutlineShape(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), new LinkedHashSet<>(), Set.of());

    private final List<OutlineEntry> roots;
    private final Map<OutlineEntry, List<OutlineEntry>> children;
    private final Map<OutlineEntry, OutlineEntry> parents;
    private final Map<String, OutlineEntry> homes;
    private final Map<String, List<OutlineEntry>> listedAgain;
    /**
     * Every line in the order made, each parent before its children: a set, so that a line taken
     * away by {@link #patch} (Delete, Undo) leaves it at once rather than after a walk over a
     * hundred thousand lines.
     */
    private final LinkedHashSet<OutlineEntry> all;
    /** The statements left out when this shape was made. */
    private final Set<String> hiddenWhenMade;

    private OutlineShape(List<OutlineEntry> roots, Map<OutlineEntry, List<OutlineEntry>> children,
            Map<OutlineEntry, OutlineEntry> parents, Map<String, OutlineEntry> homes,
            Map<String, List<OutlineEntry>> listedAgain, LinkedHashSet<OutlineEntry> all, Set<String> hiddenWhenMade) {
        this.hiddenWhenMade = hiddenWhenMade;
        this.roots = roots;
        this.children = children;
        this.parents = parents;
        this.homes = homes;
        this.listedAgain = listedAgain;
        this.all = all;
    }

    static OutlineShape of(ArgumentMap map) {
        return of(map, Set.of());
    }

    /** The outline without these statements (hidden by the moderator's filter) and the links from them. */
    static OutlineShape of(ArgumentMap map, Set<String> hidden) {
        return new Builder(map, hidden).build();
    }

    /** The top lines, in order. */
    List<OutlineEntry> roots() {
        return roots;
    }

    /** The lines directly below this one, in order; empty for a leaf. */
    List<OutlineEntry> childrenOf(OutlineEntry entry) {
        return children.getOrDefault(entry, List.of());
    }

    /** The line this one hangs from; null at the top. */
    OutlineEntry parentOf(OutlineEntry entry) {
        return parents.get(entry);
    }

    /** The statement's own line (with its branch below it), or null if the map has no such statement. */
    OutlineEntry homeOf(String statementId) {
        return homes.get(statementId);
    }

    /** The lines that list the statement again under the other statements it bears on. */
    List<OutlineEntry> alsoLinesOf(String statementId) {
        return listedAgain.getOrDefault(statementId, List.of());
    }

    /** Every line, each parent before its children. */
    Collection<OutlineEntry> entries() {
        return Collections.unmodifiableCollection(all);
    }

    /** One line added below a line, or taken from below it, by {@link #patch}. */
    record Patch(OutlineEntry parent, OutlineEntry line, boolean added) {
    }

    /**
     * Brings this shape in line with the map after these events, in place, when they are the
     * change an outline sees most on a large map: a new statement hung below a statement as its
     * newest reason or objection (Add Reason, Add Objection, their redo), or such a statement
     * taken away again (Delete, Undo). Then only that line changes, and this costs nothing like a
     * new shape of a hundred thousand lines. For any other change, or if this shape was made with
     * statements hidden, returns null and changes nothing: make a new shape.
     */
    Patch patch(ArgumentMap map, List<MapEvent> events) {
        if (!hiddenWhenMade.isEmpty() || events.size() != 2) {
            return null;
        }
        boolean added = events.get(0) instanceof MapEvent.NodeAdded && events.get(1) instanceof MapEvent.NodeAdded;
        boolean removed = events.get(0) instanceof MapEvent.NodeRemoved && events.get(1) instanceof MapEvent.NodeRemoved;
        if (!added && !removed) {
            return null;
        }
        MapNode first = nodeOf(events.get(0));
        MapNode second = nodeOf(events.get(1));
        Inference via = first instanceof Inference i ? i : second instanceof Inference i ? i : null;
        Statement premise = first instanceof Statement s ? s : second instanceof Statement s ? s : null;
        if (via == null || premise == null || !via.premises().equals(List.of(premise))
                || !(via.target() instanceof Statement target) || map.node(target.id()) != target) {
            return null;
        }
        return added ? leafAdded(map, premise, via, target) : leafRemoved(map, premise, via, target);
    }

    private static MapNode nodeOf(MapEvent event) {
        return event instanceof MapEvent.NodeAdded a ? a.node() : ((MapEvent.NodeRemoved) event).node();
    }

    /** A statement that bears on nothing else and has nothing below it, hung below the target by its newest inference. */
    private Patch leafAdded(ArgumentMap map, Statement premise, Inference via, Statement target) {
        Graph<MapNode, Link> graph = map.graph();
        OutlineEntry parent = homes.get(target.id());
        List<Inference> into = map.inferencesInto(target);
        if (map.node(premise.id()) != premise || map.node(via.id()) != via || parent == null
                || homes.containsKey(premise.id()) || graph.inDegreeOf(premise) != 0
                || graph.outDegreeOf(premise) != 1 || graph.inDegreeOf(via) != 1
                || into.get(into.size() - 1) != via) {
            return null;
        }
        OutlineEntry line = OutlineEntry.statement(premise.id(), via.id());
        List<OutlineEntry> below = new ArrayList<>(childrenOf(parent));
        below.add(line);
        children.put(parent, List.copyOf(below));
        parents.put(line, parent);
        homes.put(premise.id(), line);
        all.add(line);
        return new Patch(parent, line, true);
    }

    /** Such a statement and its inference taken away again: its line leaves the target's. */
    private Patch leafRemoved(ArgumentMap map, Statement premise, Inference via, Statement target) {
        OutlineEntry line = OutlineEntry.statement(premise.id(), via.id());
        OutlineEntry parent = homes.get(target.id());
        if (map.contains(premise.id()) || map.contains(via.id()) || parent == null
                || !line.equals(homes.get(premise.id())) || !parent.equals(parents.get(line))
                || !childrenOf(line).isEmpty() || !alsoLinesOf(premise.id()).isEmpty()) {
            return null;
        }
        List<OutlineEntry> below = new ArrayList<>(childrenOf(parent));
        below.remove(line);
        if (below.isEmpty()) {
            children.remove(parent);
        } else {
            children.put(parent, List.copyOf(below));
        }
        parents.remove(line);
        homes.remove(premise.id());
        all.remove(line);
        return new Patch(parent, line, false);
    }

    private static final class Builder {
        private final ArgumentMap map;
        private final List<OutlineEntry> roots = new ArrayList<>();
        private final Map<OutlineEntry, List<OutlineEntry>> children = new HashMap<>();
        private final Map<OutlineEntry, OutlineEntry> parents = new HashMap<>();
        private final Map<String, OutlineEntry> homes = new HashMap<>();
        private final Map<String, List<OutlineEntry>> listedAgain = new HashMap<>();
        private final LinkedHashSet<OutlineEntry> all = new LinkedHashSet<>();
        /** Statements entered at the top although they feed something: the way into a circle. */
        private final Set<Statement> circleEntries = new HashSet<>();
        /** Lines whose children are still to be worked out. */
        private final Deque<OutlineEntry> open = new ArrayDeque<>();
        /** The inferences into each node, in map order, as {@link ArgumentMap#inferencesInto} lists them. */
        private final Map<MapNode, List<Inference>> into = new HashMap<>();
        /** The inference each statement feeds first, in map order: the one it hangs from. */
        private final Map<Statement, Inference> firstFeed = new HashMap<>();

        private final Set<String> hidden;

        Builder(ArgumentMap map, Set<String> hidden) {
            this.map = map;
            this.hidden = hidden;
            // One pass over the inferences, in map order, instead of asking the map per node: the
            // map sorts on every question, and the outline asks twice per line.
            for (Inference inference : map.inferences()) {
                if (!hidden.isEmpty() && inference.premises().stream().allMatch(p -> hidden.contains(p.id()))
                        && !inference.premises().isEmpty()) {
                    // Still the statement's first feed, so that a hidden statement never becomes a top line.
                    inference.premises().forEach(premise -> firstFeed.putIfAbsent(premise, inference));
                    continue;
                }
                into.computeIfAbsent(inference.target(), node -> new ArrayList<>(4)).add(inference);
                for (Statement premise : inference.premises()) {
                    firstFeed.putIfAbsent(premise, inference);
                }
            }
        }

        OutlineShape build() {
            List<Statement> statements = map.statements();
            for (Statement statement : statements) {
                if (!firstFeed.containsKey(statement)) {
                    addRoot(statement);
                }
            }
            expandOpenLines();
            for (Statement statement : statements) {
                if (!homes.containsKey(statement.id()) && !hidden.contains(statement.id())) {
                    Statement entry = circleAbove(statement);
                    circleEntries.add(entry);
                    addRoot(entry);
                    expandOpenLines();
                }
            }
            return new OutlineShape(List.copyOf(roots), children, parents, homes, listedAgain, all, Set.copyOf(hidden));
        }

        private void addRoot(Statement statement) {
            OutlineEntry root = OutlineEntry.statement(statement.id(), null);
            roots.add(root);
            place(root, null);
        }

        private void place(OutlineEntry entry, OutlineEntry parent) {
            all.add(entry);
            if (parent != null) {
                parents.put(entry, parent);
            }
            if (entry.kind() == OutlineEntry.Kind.STATEMENT) {
                homes.put(entry.statementId(), entry);
                open.add(entry);
            } else if (entry.kind() == OutlineEntry.Kind.GROUP) {
                open.add(entry);
            } else {
                listedAgain.computeIfAbsent(entry.statementId(), id -> new ArrayList<>(2)).add(entry);
            }
        }

        private void expandOpenLines() {
            while (!open.isEmpty()) {
                OutlineEntry entry = open.poll();
                List<OutlineEntry> below = new ArrayList<>();
                if (entry.kind() == OutlineEntry.Kind.GROUP) {
                    Inference group = map.inference(entry.inferenceId());
                    for (Statement premise : group.premises()) {
                        if (hidden.contains(premise.id())) {
                            continue;
                        }
                        below.add(lineFor(premise, group));
                    }
                    appendInferencesInto(below, group);
                } else {
                    appendInferencesInto(below, map.statement(entry.statementId()));
                }
                if (!below.isEmpty()) {
                    children.put(entry, List.copyOf(below));
                    for (OutlineEntry child : below) {
                        place(child, entry);
                    }
                }
            }
        }

        /** The lines for the inferences into a node, each single premise followed by the undercuts of its step. */
        private void appendInferencesInto(List<OutlineEntry> out, MapNode target) {
            Deque<Iterator<Inference>> stack = new ArrayDeque<>();
            stack.push(inferencesInto(target).iterator());
            while (!stack.isEmpty()) {
                Iterator<Inference> next = stack.peek();
                if (!next.hasNext()) {
                    stack.pop();
                    continue;
                }
                Inference inference = next.next();
                if (inference.premises().size() == 1) {
                    out.add(lineFor(inference.premises().get(0), inference));
                    List<Inference> undercuts = inferencesInto(inference);
                    if (!undercuts.isEmpty()) {
                        stack.push(undercuts.iterator());
                    }
                } else {
                    out.add(OutlineEntry.group(inference.id()));
                }
            }
        }

        private List<Inference> inferencesInto(MapNode node) {
            return into.getOrDefault(node, List.of());
        }

        /**
         * A statement on the circle that keeps this unplaced statement from the top: going up
         * from it (to what its first inference bears on, through undercut steps to the statement
         * they lead to) must come round, and the first statement met twice is on the circle.
         */
        private Statement circleAbove(Statement start) {
            Set<Statement> seen = new HashSet<>();
            Statement statement = start;
            while (seen.add(statement)) {
                MapNode up = firstFeed.get(statement).target();
                while (up instanceof Inference step) {
                    up = step.target();
                }
                statement = (Statement) up;
            }
            return statement;
        }

        /** The statement's own line if it feeds this inference first, else a line listing it again. */
        private OutlineEntry lineFor(Statement premise, Inference via) {
            boolean home = !circleEntries.contains(premise) && firstFeed.get(premise) == via;
            return home ? OutlineEntry.statement(premise.id(), via.id()) : OutlineEntry.also(premise.id(), via.id());
        }
    }
}
