package org.argumap.edit;

import java.util.List;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;

/**
 * A command that does its work as a short script of model calls ({@link MapSteps}), which makes
 * undo and redo exact by construction: undo plays the recorded inverses backwards, redo plays the
 * recorded calls forwards, so a redo makes the same ids as the first execution and later commands
 * in the history still find what they refer to.
 *
 * <p>A subclass only says what to do, in {@link #perform(MapSteps)}; it checks what the user may
 * not do first and throws {@link EditRefusedException} before changing anything. Should a model
 * call fail half-way, what was done is taken back before the failure propagates, so a failed
 * command never leaves a half-made change behind.
 */
abstract class StepwiseCommand implements MapCommand {
    protected final ArgumentMap map;
    private List<MapSteps.Step> steps;

    StepwiseCommand(ArgumentMap map) {
        this.map = Objects.requireNonNull(map);
    }

    /** Does the change through {@code steps}; runs once, on the first execution. */
    abstract void perform(MapSteps steps);

    /**
     * The statement a command works on, or a refusal naming it ({@code what}, such as "The
     * statement to demote") when an earlier change took it out of the map.
     */
    final Statement existingStatement(String id, String what) {
        Statement statement = map.statement(id);
        if (statement == null) {
            throw new EditRefusedException(what + " is no longer in the map.");
        }
        return statement;
    }

    @Override
    public final void execute() {
        if (steps != null) {
            redo();
            return;
        }
        MapSteps recorder = new MapSteps(map);
        try {
            perform(recorder);
        } catch (RuntimeException failure) {
            recorder.undoAll(failure);
            throw failure;
        }
        steps = recorder.done();
    }

    @Override
    public final void undo() {
        requireExecuted();
        for (int i = steps.size() - 1; i >= 0; i--) {
            steps.get(i).undo();
        }
    }

    @Override
    public final void redo() {
        requireExecuted();
        for (MapSteps.Step step : steps) {
            step.redo();
        }
    }

    /** Whether the command has run (and so knows what it made). */
    final boolean executed() {
        return steps != null;
    }

    final void requireExecuted() {
        if (steps == null) {
            throw new IllegalStateException(description() + " has not been executed yet");
        }
    }
}
