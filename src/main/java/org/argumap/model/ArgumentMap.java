package org.argumap.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * An argument map: statements and inferences in one directed JGraphT graph, with edges running
 * premise statement → inference → target. Every change goes through this class, which checks the
 * rules before it changes anything and fires one {@link MapEvent} per change afterwards.
 *
 * <p>The rules it keeps true: ids are unique across statements and inferences; no edge leads into
 * nowhere; an inference has exactly one target and at least one premise, unless it carries a title
 * or description of its own (an Argdown argument not yet reconstructed); no inference has its
 * target among its premises, targets itself, or sits in a loop of inferences targeting inferences.
 *
 * <p>Not thread-safe: use a map from one thread at a time (the FX thread, in the editor).
 */
public final class ArgumentMap {
    private final Graph<MapNode, Link> graph = new MapGraph();
    private final Graph<MapNode, Link> readOnlyGraph = new AsUnmodifiableGraph<>(graph);
    private final Map<String, MapNode> byId = new HashMap<>();
    /** Insertion order of all nodes; files list elements in this order, so saving is stable. */
    private final List<MapNode> order = new ArrayList<>();
    /** Whether each node's {@link MapNode#orderIndex} must be renumbered after the order changed. */
    private boolean orderIndexStale = true;
    private final List<MapListener> listeners = new CopyOnWriteArrayList<>();
    private final IdGenerator ids = new IdGenerator(byId::containsKey);
    /** How many of {@link #order} are statements, to size lists of them. */
    private int statementCount;
    /**
     * The statements that feed no inference, kept up to date with every edge so that the main
     * claims of a large map are found without a walk over all of it; null until first asked for,
     * so that reading a map does not keep it.
     */
    private Set<Statement> unfed;
    private long changeCount;
    private MapInfo info = MapInfo.EMPTY;
    private Presentation presentation = Presentation.NONE;
    /** Up to this many nodes are taken out of or put back into the order one at a time. */
    private static final int FEW = 16;

    // ---- reading ------------------------------------------------------------------------------

    public MapInfo info() {
        return info;
    }

    /** The teacher's order of presentation steps; {@link Presentation#NONE} for argument order. */
    public Presentation presentation() {
        return presentation;
    }

    /** All statements, in map order. */
    public List<Statement> statements() {
        // A loop into a list of the right size: analyses of large maps ask for these many times.
        List<Statement> statements = new ArrayList<>(statementCount);
        for (MapNode node : order) {
            if (node instanceof Statement statement) {
                statements.add(statement);
            }
        }
        return Collections.unmodifiableList(statements);
    }

    /** All inferences, in map order. */
    public List<Inference> inferences() {
        List<Inference> inferences = new ArrayList<>(order.size() - statementCount);
        for (MapNode node : order) {
            if (node instanceof Inference inference) {
                inferences.add(inference);
            }
        }
        return Collections.unmodifiableList(inferences);
    }

    /** All nodes, in map order. */
    public List<MapNode> nodes() {
        return List.copyOf(order);
    }

    public int size() {
        return order.size();
    }

    public boolean isEmpty() {
        return order.isEmpty();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The node with this id, or null. */
    public MapNode node(String id) {
        return byId.get(id);
    }

    /** The statement with this id, or null if there is none (or it is an inference). */
    public Statement statement(String id) {
        return byId.get(id) instanceof Statement s ? s : null;
    }

    /** The inference with this id, or null if there is none (or it is a statement). */
    public Inference inference(String id) {
        return byId.get(id) instanceof Inference i ? i : null;
    }

    /** The inferences that bear on this node (its reasons, objections, undercuts), in map order. */
    public List<Inference> inferencesInto(MapNode node) {
        requireMember(node);
        List<Inference> into = new ArrayList<>(graph.inDegreeOf(node));
        for (Link link : graph.incomingEdgesOf(node)) {
            if (graph.getEdgeSource(link) instanceof Inference inference) {
                into.add(inference);
            }
        }
        return inMapOrder(into);
    }

    /** Sorted by map order, unmodifiable; most nodes of a large map have one or none, left unsorted. */
    private List<Inference> inMapOrder(List<Inference> inferences) {
        if (inferences.size() > 1) {
            inferences.sort(Comparator.comparingInt(this::orderIndexOf));
        }
        return Collections.unmodifiableList(inferences);
    }

    /**
     * The inferences this statement is a premise of, in map order. Not in the graph's edge order:
     * that follows the history of edits (a removed and restored inference comes back last) and
     * differs after saving and reading, while the first of these decides the statement's role.
     */
    public List<Inference> inferencesFrom(Statement statement) {
        requireMember(statement);
        List<Inference> from = new ArrayList<>(graph.outDegreeOf(statement));
        for (Link link : graph.outgoingEdgesOf(statement)) {
            from.add((Inference) graph.getEdgeTarget(link));
        }
        return inMapOrder(from);
    }

    /**
     * What this statement is for the reader, from the first inference it feeds: a reason, an
     * objection, a rebuttal (an attack on an attacker), an undercutter (an attack on a step), or a
     * main claim when it feeds nothing.
     */
    public Role roleOf(Statement statement) {
        List<Inference> out = inferencesFrom(statement);
        if (out.isEmpty()) {
            return Role.MAIN_CLAIM;
        }
        Inference first = out.get(0);
        return switch (first.type()) {
            case SUPPORT -> Role.REASON;
            case REPHRASE -> Role.REPHRASING;
            case REPLY -> Role.REPLY;
            case OFF_TOPIC -> Role.OFF_TOPIC;
            case ATTACK -> {
                if (first.target() instanceof Inference) {
                    yield Role.UNDERCUTTER;
                }
                Statement attacked = (Statement) first.target();
                List<Inference> attackedFeeds = inferencesFrom(attacked);
                boolean attackedAttacks = !attackedFeeds.isEmpty() && attackedFeeds.get(0).type() == InferenceType.ATTACK;
                yield attackedAttacks ? Role.REBUTTAL : Role.OBJECTION;
            }
        };
    }

    /** The main claims: statements that feed no inference and are claims, in map order. */
    public List<Statement> mainClaims() {
        List<Statement> claims = new ArrayList<>();
        for (Statement statement : unfed()) {
            if (statement.kind() == StatementKind.CLAIM) {
                claims.add(statement);
            }
        }
        claims.sort(Comparator.comparingInt(this::orderIndexOf));
        return Collections.unmodifiableList(claims);
    }

    /**
     * The statements that feed no inference, of any kind, in map order: the top row of the map,
     * whose statements are siblings. Kept up to date as {@link #mainClaims()} is, so selecting a
     * box at the top of a large map does not walk all of it.
     */
    public List<Statement> unfedStatements() {
        List<Statement> top = new ArrayList<>(unfed());
        top.sort(Comparator.comparingInt(this::orderIndexOf));
        return Collections.unmodifiableList(top);
    }

    private Set<Statement> unfed() {
        if (unfed == null) {
            unfed = new HashSet<>();
            for (MapNode node : order) {
                if (node instanceof Statement statement && graph.outDegreeOf(statement) == 0) {
                    unfed.add(statement);
                }
            }
        }
        return unfed;
    }

    /** How many statements the map has, without listing them. */
    public int statementCount() {
        return statementCount;
    }

    /** How many inferences the map has, without listing them. */
    public int inferenceCount() {
        return order.size() - statementCount;
    }

    /** A read-only view of the graph, for algorithms (cycles, reachability, layout). */
    public Graph<MapNode, Link> graph() {
        return readOnlyGraph;
    }

    /** An id not yet used in this map, such as {@code s12} or {@code i4}. */
    public String freshStatementId() {
        return ids.next("s");
    }

    public String freshInferenceId() {
        return ids.next("i");
    }

    // ---- listening ----------------------------------------------------------------------------

    public void addListener(MapListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(MapListener listener) {
        listeners.remove(listener);
    }

    /**
     * How many changes this map has had: a cache of something worked out from the whole map is
     * still right while this stays the same.
     */
    public long changeCount() {
        return changeCount;
    }

    private void fire(MapEvent event) {
        changeCount++;
        for (MapListener listener : listeners) {
            listener.mapChanged(event);
        }
    }

    // ---- changing -----------------------------------------------------------------------------

    public void setInfo(MapInfo newInfo) {
        Objects.requireNonNull(newInfo);
        MapInfo old = info;
        if (old.equals(newInfo)) {
            return;
        }
        info = newInfo;
        fire(new MapEvent.InfoChanged(old, newInfo));
    }

    /** Sets the presentation's steps; every id they reveal must name a statement of this map. */
    public void setPresentation(Presentation newPresentation) {
        Objects.requireNonNull(newPresentation);
        for (String id : newPresentation.statementIds()) {
            if (statement(id) == null) {
                throw new MapInvariantException("unknown-step-statement", "A presentation step reveals '" + id
                        + "', which is " + (contains(id) ? "an inference, not a statement." : "not in the map."), List.of(id));
            }
        }
        Presentation old = presentation;
        if (old.equals(newPresentation)) {
            return;
        }
        presentation = newPresentation;
        fire(new MapEvent.PresentationChanged(old, newPresentation));
    }

    /** Adds a statement with a fresh id. */
    public Statement addStatement(StatementContent content) {
        return addStatement(freshStatementId(), content);
    }

    /** Adds a statement under the given id, which must be new to this map. */
    public Statement addStatement(String id, StatementContent content) {
        requireNewId(id);
        Statement statement = new Statement(id, Objects.requireNonNull(content));
        insertVertex(statement, order.size());
        fire(new MapEvent.NodeAdded(statement));
        return statement;
    }

    /** Adds an inference with a fresh id. */
    public Inference addInference(InferenceContent content, List<String> premiseIds, String targetId) {
        return addInference(freshInferenceId(), content, premiseIds, targetId);
    }

    /**
     * Adds an inference from these premises (statement ids, in order) to this target (a statement
     * or inference id).
     */
    public Inference addInference(String id, InferenceContent content, List<String> premiseIds, String targetId) {
        requireNewId(id);
        Objects.requireNonNull(content);
        MapNode target = resolveTarget(id, targetId);
        List<Statement> premises = resolvePremises(id, premiseIds);
        if (premises.isEmpty() && !content.hasOwnWords()) {
            throw new MapInvariantException("empty-inference",
                    "Inference '" + id + "' needs at least one premise, or a title or description of its own.",
                    List.of(id));
        }
        checkNotSelfTargeting(id, premises, target);
        if (target instanceof Inference targetInference) {
            checkNoInferenceLoop(id, targetInference);
        }
        Inference inference = new Inference(id, content);
        inference.mutablePremises().addAll(premises);
        inference.setTarget(target);
        insertVertex(inference, order.size());
        connect(inference);
        fire(new MapEvent.NodeAdded(inference));
        return inference;
    }

    public void updateStatement(String id, StatementContent content) {
        Statement statement = requireStatement(id);
        StatementContent old = statement.content();
        if (old.equals(content)) {
            return;
        }
        statement.setContent(Objects.requireNonNull(content));
        fire(new MapEvent.StatementChanged(statement, old, content));
    }

    public void updateInference(String id, InferenceContent content) {
        Inference inference = requireInference(id);
        InferenceContent old = inference.content();
        if (old.equals(content)) {
            return;
        }
        if (inference.premises().isEmpty() && !content.hasOwnWords()) {
            throw new MapInvariantException("empty-inference",
                    "Inference '" + id + "' has no premises, so it must keep a title or description.", List.of(id));
        }
        inference.setContent(Objects.requireNonNull(content));
        fire(new MapEvent.InferenceChanged(inference, old, content));
    }

    /** Places a box, or with null gives it back to the automatic layout. */
    public void moveTo(String id, Position position) {
        MapNode node = requireNode(id);
        Position old = node.position();
        if (Objects.equals(old, position)) {
            return;
        }
        node.setPosition(position);
        fire(new MapEvent.NodeMoved(node, old, position));
    }

    /** Where this node stands in the map's order (files list nodes in it; siblings follow it). */
    public int indexOf(String id) {
        return orderIndexOf(requireNode(id));
    }

    /**
     * Where a node of this map stands in its order, as {@link #indexOf(String)} but without looking
     * the id up, for walks over a whole large map; meaningless for a node not in this map.
     */
    public int orderIndexOf(MapNode node) {
        if (orderIndexStale) {
            for (int i = 0; i < order.size(); i++) {
                order.get(i).orderIndex = i;
            }
            orderIndexStale = false;
        }
        return node.orderIndex;
    }

    /** Moves a node to another place in the map's order, which reorders it among its siblings. */
    public void reorder(String id, int newIndex) {
        MapNode node = requireNode(id);
        int oldIndex = orderIndexOf(node);
        if (newIndex < 0 || newIndex >= order.size()) {
            throw new IndexOutOfBoundsException("order index " + newIndex + " of " + order.size());
        }
        if (oldIndex == newIndex) {
            return;
        }
        order.remove(oldIndex);
        order.add(newIndex, node);
        orderIndexStale = true;
        fire(new MapEvent.NodeReordered(node, oldIndex, newIndex));
    }

    /**
     * Puts all nodes in a new order at once, in linear time: {@code ids} must name every node
     * exactly once. One {@link #reorder} per node would cost time quadratic in the map's size.
     */
    public void rearrange(List<String> ids) {
        if (ids.size() != order.size()) {
            throw new IllegalArgumentException("a new order must name all " + order.size() + " nodes, not " + ids.size());
        }
        List<MapNode> newOrder = new ArrayList<>(ids.size());
        Map<MapNode, Boolean> seen = new IdentityHashMap<>();
        for (String id : ids) {
            MapNode node = requireNode(id);
            if (seen.put(node, Boolean.TRUE) != null) {
                throw new IllegalArgumentException("a new order names '" + id + "' twice");
            }
            newOrder.add(node);
        }
        if (newOrder.equals(order)) {
            return;
        }
        List<MapNode> oldOrder = List.copyOf(order);
        order.clear();
        order.addAll(newOrder);
        orderIndexStale = true;
        fire(new MapEvent.OrderRearranged(oldOrder, newOrder));
    }

    /** Makes a statement a further co-premise of an inference, at this index (or at the end if -1). */
    public void addPremise(String inferenceId, String statementId, int index) {
        Inference inference = requireInference(inferenceId);
        Statement premise = requireStatement(statementId);
        if (inference.premises().contains(premise)) {
            throw new MapInvariantException("duplicate-premise",
                    "'" + statementId + "' is already a premise of '" + inferenceId + "'.",
                    List.of(inferenceId, statementId));
        }
        checkNotSelfTargeting(inferenceId, List.of(premise), inference.target());
        int at = index < 0 ? inference.premises().size() : index;
        if (at > inference.premises().size()) {
            throw new IndexOutOfBoundsException("premise index " + at + " of " + inference.premises().size());
        }
        inference.mutablePremises().add(at, premise);
        graph.addEdge(premise, inference);
        if (unfed != null) {
            unfed.remove(premise);
        }
        fire(new MapEvent.PremiseAdded(inference, premise, at));
    }

    /** Takes a statement out of an inference's premises; the last one goes only with a titled inference. */
    public void removePremise(String inferenceId, String statementId) {
        Inference inference = requireInference(inferenceId);
        Statement premise = requireStatement(statementId);
        int index = inference.premises().indexOf(premise);
        if (index < 0) {
            throw new MapInvariantException("not-a-premise",
                    "'" + statementId + "' is not a premise of '" + inferenceId + "'.", List.of(inferenceId, statementId));
        }
        if (inference.premises().size() == 1 && !inference.content().hasOwnWords()) {
            throw new MapInvariantException("empty-inference",
                    "'" + statementId + "' is the only premise of '" + inferenceId + "'; remove the inference instead.",
                    List.of(inferenceId, statementId));
        }
        inference.mutablePremises().remove(index);
        graph.removeEdge(premise, inference);
        recheckUnfed(premise);
        fire(new MapEvent.PremiseRemoved(inference, premise, index));
    }

    /** Points an inference at another statement or inference. */
    public void setTarget(String inferenceId, String targetId) {
        Inference inference = requireInference(inferenceId);
        MapNode target = resolveTarget(inferenceId, targetId);
        MapNode old = inference.target();
        if (old == target) {
            return;
        }
        checkNotSelfTargeting(inferenceId, inference.premises(), target);
        if (target instanceof Inference targetInference) {
            checkNoInferenceLoop(inferenceId, targetInference);
        }
        graph.removeEdge(inference, old);
        inference.setTarget(target);
        graph.addEdge(inference, target);
        fire(new MapEvent.TargetChanged(inference, old, target));
    }

    /**
     * Removes these nodes and whatever cannot stand without them: inferences whose target goes,
     * and inferences left with neither premises nor words of their own. Returns what was removed,
     * for {@link #restore(Removal)}.
     */
    public Removal remove(Collection<String> idsToRemove) {
        for (String id : idsToRemove) {
            requireNode(id);
        }
        Removal removal = new RemovalPlanner(this).plan(idsToRemove);
        // Removed statements leave the presentation's steps; restore puts the steps back as they were.
        Presentation stripped = presentation.without(new HashSet<>(removal.removedIds()));
        if (!stripped.equals(presentation)) {
            removal = removal.withPresentationBefore(presentation);
        }
        // Backwards, so that the recorded indices stay right while entries go.
        List<Removal.DetachedPremise> detachedPremises = removal.detachedPremises();
        for (int i = detachedPremises.size() - 1; i >= 0; i--) {
            Removal.DetachedPremise detached = detachedPremises.get(i);
            detached.inference().mutablePremises().remove(detached.index());
            graph.removeEdge(detached.premise(), detached.inference());
        }
        List<Statement> fedWhatGoes = new ArrayList<>();
        List<Removal.RemovedNode> nodes = removal.nodes();
        removeFromOrder(nodes);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            MapNode node = nodes.get(i).node();
            if (node instanceof Statement statement) {
                statementCount--;
                if (unfed != null) {
                    unfed.remove(statement);
                }
            } else {
                fedWhatGoes.addAll(((Inference) node).premises());
            }
            byId.remove(node.id());
            graph.removeVertex(node);
        }
        fedWhatGoes.forEach(this::recheckUnfed);
        detachedPremises.forEach(d -> recheckUnfed(d.premise()));
        Presentation before = presentation;
        presentation = stripped;
        removal.detachedPremises().forEach(d -> fire(new MapEvent.PremiseRemoved(d.inference(), d.premise(), d.index())));
        removal.nodes().forEach(n -> fire(new MapEvent.NodeRemoved(n.node())));
        if (removal.presentationBefore() != null) {
            fire(new MapEvent.PresentationChanged(before, stripped));
        }
        return removal;
    }

    /** Puts back exactly what a {@link #remove(Collection)} took, in its old places. */
    public void restore(Removal removal) {
        for (Removal.RemovedNode removed : removal.nodes()) {
            requireNewId(removed.node().id());
        }
        insertIntoOrder(removal.nodes());
        for (Removal.RemovedNode removed : removal.nodes()) {
            graph.addVertex(removed.node());
            byId.put(removed.node().id(), removed.node());
            if (removed.node() instanceof Statement statement) {
                statementCount++;
                if (unfed != null) {
                    unfed.add(statement);
                }
            }
        }
        for (Removal.RemovedNode removed : removal.nodes()) {
            if (removed.node() instanceof Inference inference) {
                connect(inference);
            }
        }
        for (Removal.DetachedPremise detached : removal.detachedPremises()) {
            detached.inference().mutablePremises().add(detached.index(), detached.premise());
            graph.addEdge(detached.premise(), detached.inference());
            if (unfed != null) {
                unfed.remove(detached.premise());
            }
        }
        Presentation stripped = presentation;
        if (removal.presentationBefore() != null) {
            presentation = removal.presentationBefore();
        }
        removal.nodes().forEach(n -> fire(new MapEvent.NodeAdded(n.node())));
        removal.detachedPremises().forEach(d -> fire(new MapEvent.PremiseAdded(d.inference(), d.premise(), d.index())));
        if (removal.presentationBefore() != null) {
            fire(new MapEvent.PresentationChanged(stripped, presentation));
        }
    }

    // ---- internals ----------------------------------------------------------------------------

    private void insertVertex(MapNode node, int at) {
        graph.addVertex(node);
        byId.put(node.id(), node);
        boolean appending = at == order.size();
        order.add(at, node);
        if (node instanceof Statement statement) {
            statementCount++;
            if (unfed != null) {
                unfed.add(statement);
            }
        }
        if (appending && !orderIndexStale) {
            node.orderIndex = at; // the common case, kept cheap for loading large maps
        } else {
            orderIndexStale = true;
        }
    }

    /**
     * Takes these nodes (ascending by index) out of the order: one by one for a few, else in one
     * pass, since removing a large branch one node at a time would shift the order once per node.
     */
    private void removeFromOrder(List<Removal.RemovedNode> nodes) {
        if (nodes.size() <= FEW) {
            for (int i = nodes.size() - 1; i >= 0; i--) {
                order.remove(nodes.get(i).orderIndex());
            }
        } else {
            Map<MapNode, Boolean> going = new IdentityHashMap<>(nodes.size() * 2);
            nodes.forEach(n -> going.put(n.node(), Boolean.TRUE));
            order.removeIf(going::containsKey);
        }
        orderIndexStale = true;
    }

    /** Puts removed nodes back at their indices (ascending), by one merge pass when there are many. */
    private void insertIntoOrder(List<Removal.RemovedNode> nodes) {
        if (nodes.size() <= FEW) {
            for (Removal.RemovedNode removed : nodes) {
                order.add(removed.orderIndex(), removed.node());
            }
        } else {
            List<MapNode> merged = new ArrayList<>(order.size() + nodes.size());
            int kept = 0;
            for (Removal.RemovedNode removed : nodes) {
                while (merged.size() < removed.orderIndex()) {
                    merged.add(order.get(kept++));
                }
                merged.add(removed.node());
            }
            merged.addAll(order.subList(kept, order.size()));
            order.clear();
            order.addAll(merged);
        }
        orderIndexStale = true;
    }

    private void connect(Inference inference) {
        for (Statement premise : inference.premises()) {
            graph.addEdge(premise, inference);
            if (unfed != null) {
                unfed.remove(premise);
            }
        }
        graph.addEdge(inference, inference.target());
    }

    /** Keeps {@link #unfed} right for a statement whose edges out changed, or that left the map. */
    private void recheckUnfed(Statement statement) {
        if (unfed == null) {
            return;
        }
        if (byId.get(statement.id()) == statement && graph.outDegreeOf(statement) == 0) {
            unfed.add(statement);
        } else {
            unfed.remove(statement);
        }
    }

    private void requireNewId(String id) {
        if (id == null || id.isBlank()) {
            throw new MapInvariantException("missing-id", "Every statement and inference needs an id.", List.of());
        }
        if (byId.containsKey(id)) {
            throw new MapInvariantException("duplicate-id", "The id '" + id + "' is used twice.", List.of(id));
        }
    }

    private MapNode resolveTarget(String inferenceId, String targetId) {
        if (targetId == null) {
            throw new MapInvariantException("missing-target", "Inference '" + inferenceId + "' has no target.",
                    List.of(inferenceId));
        }
        if (targetId.equals(inferenceId)) {
            throw new MapInvariantException("self-target", "Inference '" + inferenceId + "' targets itself.",
                    List.of(inferenceId));
        }
        MapNode target = byId.get(targetId);
        if (target == null) {
            throw new MapInvariantException("dangling-target",
                    "Inference '" + inferenceId + "' targets '" + targetId + "', which is not in the map.",
                    List.of(inferenceId, targetId));
        }
        return target;
    }

    private List<Statement> resolvePremises(String inferenceId, List<String> premiseIds) {
        List<Statement> premises = new ArrayList<>();
        for (String premiseId : premiseIds == null ? List.<String>of() : premiseIds) {
            MapNode node = byId.get(premiseId);
            if (node == null) {
                throw new MapInvariantException("dangling-premise",
                        "Inference '" + inferenceId + "' has premise '" + premiseId + "', which is not in the map.",
                        List.of(inferenceId, String.valueOf(premiseId)));
            }
            if (!(node instanceof Statement statement)) {
                throw new MapInvariantException("premise-not-statement",
                        "Inference '" + inferenceId + "' has premise '" + premiseId
                                + "', which is an inference; premises must be statements.",
                        List.of(inferenceId, premiseId));
            }
            if (premises.contains(statement)) {
                throw new MapInvariantException("duplicate-premise",
                        "Inference '" + inferenceId + "' lists premise '" + premiseId + "' twice.",
                        List.of(inferenceId, premiseId));
            }
            premises.add(statement);
        }
        return premises;
    }

    private static void checkNotSelfTargeting(String inferenceId, List<Statement> premises, MapNode target) {
        if (target instanceof Statement statement && premises.contains(statement)) {
            throw new MapInvariantException("self-support",
                    "Inference '" + inferenceId + "' has '" + statement.id() + "' as both premise and target:"
                            + " a statement cannot support or attack itself.",
                    List.of(inferenceId, statement.id()));
        }
    }

    /** Undercuts may target undercuts, but a chain of inference targets must end at a statement. */
    private static void checkNoInferenceLoop(String inferenceId, Inference target) {
        MapNode step = target;
        while (step instanceof Inference next) {
            if (next.id().equals(inferenceId)) {
                throw new MapInvariantException("inference-loop",
                        "Inference '" + inferenceId + "' would end up attacking itself through '" + target.id() + "'.",
                        List.of(inferenceId, target.id()));
            }
            step = next.target();
        }
    }

    private void requireMember(MapNode node) {
        if (node == null || byId.get(node.id()) != node) {
            throw new IllegalArgumentException(node + " is not in this map");
        }
    }

    private MapNode requireNode(String id) {
        MapNode node = byId.get(id);
        if (node == null) {
            throw new MapInvariantException("unknown-id", "There is no '" + id + "' in the map.", List.of(String.valueOf(id)));
        }
        return node;
    }

    private Statement requireStatement(String id) {
        if (requireNode(id) instanceof Statement statement) {
            return statement;
        }
        throw new MapInvariantException("not-a-statement", "'" + id + "' is an inference, not a statement.", List.of(id));
    }

    private Inference requireInference(String id) {
        if (requireNode(id) instanceof Inference inference) {
            return inference;
        }
        throw new MapInvariantException("not-an-inference", "'" + id + "' is a statement, not an inference.", List.of(id));
    }
}
