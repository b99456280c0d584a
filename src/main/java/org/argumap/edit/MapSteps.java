package org.argumap.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Removal;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Changes a map one model call at a time and remembers, for each, the call that takes it back.
 * A {@link StepwiseCommand} does its work through this, so its undo is the recorded inverses in
 * reverse order and its redo the recorded calls again, without working anything out a second time:
 * a redo makes the same ids and the same nodes as the first execution, whatever the id generator
 * would hand out now.
 *
 * <p>Adding is undone with {@link ArgumentMap#remove} and redone with {@link ArgumentMap#restore},
 * so a redone statement is the very object that was first added, not a look-alike.
 */
final class MapSteps {
    /** One recorded model call. */
    interface Step {
        void undo();

        void redo();
    }

    private final ArgumentMap map;
    private final List<Step> done = new ArrayList<>();

    MapSteps(ArgumentMap map) {
        this.map = Objects.requireNonNull(map);
    }

    ArgumentMap map() {
        return map;
    }

    List<Step> done() {
        return List.copyOf(done);
    }

    /** Takes back everything done so far, newest first: for a command that fails half-way. */
    void undoAll(RuntimeException failure) {
        for (int i = done.size() - 1; i >= 0; i--) {
            try {
                done.get(i).undo();
            } catch (RuntimeException undoFailure) {
                failure.addSuppressed(undoFailure);
            }
        }
        done.clear();
    }

    Statement addStatement(StatementContent content) {
        return addStatement(map.freshStatementId(), content);
    }

    Statement addStatement(String id, StatementContent content) {
        Statement statement = map.addStatement(id, content);
        done.add(new Added(id));
        return statement;
    }

    Inference addInference(InferenceContent content, List<String> premiseIds, String targetId) {
        return addInference(map.freshInferenceId(), content, premiseIds, targetId);
    }

    Inference addInference(String id, InferenceContent content, List<String> premiseIds, String targetId) {
        Inference inference = map.addInference(id, content, premiseIds, targetId);
        done.add(new Added(id));
        return inference;
    }

    /** Removes these nodes and what the model removes with them. */
    Removal remove(Collection<String> ids) {
        Removed step = new Removed(List.copyOf(ids));
        step.redo();
        done.add(step);
        return step.removal;
    }

    void updateStatement(String id, StatementContent content) {
        StatementContent old = map.statement(id).content();
        map.updateStatement(id, content);
        done.add(new Swap(() -> map.updateStatement(id, old), () -> map.updateStatement(id, content)));
    }

    void updateInference(String id, InferenceContent content) {
        InferenceContent old = map.inference(id).content();
        map.updateInference(id, content);
        done.add(new Swap(() -> map.updateInference(id, old), () -> map.updateInference(id, content)));
    }

    /** Makes a statement a co-premise of an inference at this index (-1: at the end). */
    void addPremise(String inferenceId, String statementId, int index) {
        map.addPremise(inferenceId, statementId, index);
        int at = map.inference(inferenceId).premises().indexOf(map.statement(statementId));
        done.add(new Swap(() -> map.removePremise(inferenceId, statementId),
                () -> map.addPremise(inferenceId, statementId, at)));
    }

    void removePremise(String inferenceId, String statementId) {
        int at = map.inference(inferenceId).premises().indexOf(map.statement(statementId));
        map.removePremise(inferenceId, statementId);
        done.add(new Swap(() -> map.addPremise(inferenceId, statementId, at),
                () -> map.removePremise(inferenceId, statementId)));
    }

    void setTarget(String inferenceId, String targetId) {
        String old = map.inference(inferenceId).target().id();
        map.setTarget(inferenceId, targetId);
        done.add(new Swap(() -> map.setTarget(inferenceId, old), () -> map.setTarget(inferenceId, targetId)));
    }

    void reorder(String id, int newIndex) {
        int old = map.indexOf(id);
        map.reorder(id, newIndex);
        done.add(new Swap(() -> map.reorder(id, old), () -> map.reorder(id, newIndex)));
    }

    /**
     * Puts a node right after another in the map's order, which makes it the next sibling: the
     * canvas and the files list siblings in map order.
     */
    void placeAfter(String id, String afterId) {
        int node = map.indexOf(id);
        int after = map.indexOf(afterId);
        if (node == after + 1) {
            return;
        }
        reorder(id, node > after ? after + 1 : after);
    }

    void moveTo(String id, Position position) {
        MapNode node = map.node(id);
        Position old = node == null ? null : node.position();
        map.moveTo(id, position);
        done.add(new Swap(() -> map.moveTo(id, old), () -> map.moveTo(id, position)));
    }

    /** A call and its inverse that need nothing from each other. */
    private record Swap(Runnable backward, Runnable forward) implements Step {
        @Override
        public void undo() {
            backward.run();
        }

        @Override
        public void redo() {
            forward.run();
        }
    }

    /** A node that was added: undone by removing it, redone by restoring that same node. */
    private final class Added implements Step {
        private final String id;
        private Removal removal;

        Added(String id) {
            this.id = id;
        }

        @Override
        public void undo() {
            removal = map.remove(List.of(id));
            // Undo runs newest first, so nothing can hang from the node any more.
            assert removal.nodes().size() == 1 && removal.detachedPremises().isEmpty() : removal;
        }

        @Override
        public void redo() {
            map.restore(removal);
        }
    }

    /** A removal: undone by the model's exact restore. */
    private final class Removed implements Step {
        private final List<String> ids;
        private Removal removal;

        Removed(List<String> ids) {
            this.ids = ids;
        }

        @Override
        public void undo() {
            map.restore(removal);
        }

        @Override
        public void redo() {
            removal = map.remove(ids);
        }
    }
}
