package org.argumap.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * What deleting a selection takes with it, worked out before anything changes, so the UI can ask
 * first ("Delete the branch of 7 statements?").
 *
 * <p>A deleted statement takes what only hangs from it: an inference goes when its target goes
 * (the model's rule), or when it loses its last premise and has no words of its own; a statement
 * goes when every inference it feeds goes because of the deletion, recursively. So the reasons and
 * objections under a deleted claim go, with their own branches and the undercuts of their steps,
 * but a statement that also bears on something that stays, stays. Deleting an inference (an arrow)
 * disconnects: its premises stay, and become main claims if they fed nothing else, while the
 * undercuts of that step and what only hangs from them go.
 *
 * @param statementIds every statement that goes, in map order
 * @param nodeIds      what to hand to {@link ArgumentMap#remove}: the doomed statements and the
 *                     selected inferences (the model removes the other inferences itself)
 * @param selectedStatements how many of the statements going were selected
 */
public record DeletionPlan(List<String> statementIds, List<String> nodeIds, int selectedStatements) {

    public DeletionPlan {
        statementIds = List.copyOf(statementIds);
        nodeIds = List.copyOf(nodeIds);
    }

    /** The plan for deleting these statements and inferences; unknown ids are ignored. */
    public static DeletionPlan of(ArgumentMap map, Collection<String> selectedIds) {
        Set<MapNode> selected = new HashSet<>();
        for (String id : selectedIds) {
            MapNode node = map.node(id);
            if (node != null) {
                selected.add(node);
            }
        }
        // A work list rather than rounds over the whole map: a reply chain can be thousands deep.
        Set<MapNode> doomed = new HashSet<>(selected);
        Set<Inference> lostTheirTarget = new HashSet<>();
        Deque<MapNode> open = new ArrayDeque<>(selected);
        while (!open.isEmpty()) {
            MapNode node = open.poll();
            for (Inference into : map.inferencesInto(node)) {
                if (lostTheirTarget.add(into)) {
                    // Even if already doomed for another reason: its premises now hang from nothing.
                    doomed.add(into);
                    open.add(into);
                }
            }
            if (node instanceof Inference inference) {
                for (Statement premise : inference.premises()) {
                    if (!doomed.contains(premise) && hangsOnlyFromDoomed(map, premise, lostTheirTarget)) {
                        doomed.add(premise);
                        open.add(premise);
                    }
                }
            } else {
                for (Inference fed : map.inferencesFrom((Statement) node)) {
                    if (!doomed.contains(fed) && !fed.content().hasOwnWords() && doomed.containsAll(fed.premises())) {
                        doomed.add(fed);
                        open.add(fed);
                    }
                }
            }
        }
        // In map order, sorted rather than filtered out of the whole map: deleting one box of a
        // large map costs what the deletion touches.
        List<MapNode> going = new ArrayList<>();
        for (MapNode node : doomed) {
            if (node instanceof Statement || selected.contains(node)) {
                going.add(node);
            }
        }
        going.sort(Comparator.comparingInt(node -> map.indexOf(node.id())));
        List<String> statements = going.stream().filter(Statement.class::isInstance).map(MapNode::id).toList();
        List<String> nodes = going.stream().map(MapNode::id).toList();
        int selectedStatementCount = (int) selected.stream().filter(Statement.class::isInstance).count();
        return new DeletionPlan(statements, nodes, selectedStatementCount);
    }

    /** A statement hangs from the deletion when it feeds something and all it feeds loses its target. */
    private static boolean hangsOnlyFromDoomed(ArgumentMap map, Statement statement, Set<Inference> lostTheirTarget) {
        List<Inference> feeds = map.inferencesFrom(statement);
        return !feeds.isEmpty() && lostTheirTarget.containsAll(feeds);
    }

    public int statementCount() {
        return statementIds.size();
    }

    /** Whether the deletion takes statements that were not selected: a branch, worth asking about. */
    public boolean takesBranch() {
        return statementIds.size() > selectedStatements;
    }

    public boolean isEmpty() {
        return nodeIds.isEmpty();
    }
}
