package org.argumap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo history of one open map, as Scene Builder's {@code JobManager}: every change to the map
 * goes through {@link #execute(MapCommand)}, so that undo, redo and the unsaved-changes flag stay
 * true to what the user did.
 *
 * <p>The history is a list of commands and a position in it: commands before the position are
 * done, those after it can be redone. The save point is the position at which the map was last
 * saved; the map is dirty whenever the position differs from it, so undoing back to the save
 * point makes the map clean again, and undoing past it makes it dirty again. Executing a new
 * command after some undos discards the redoable commands; if the save point was among them, no
 * position can be clean again until the next save.
 *
 * <p>Not thread-safe: use it on the thread that owns the map.
 */
public final class CommandHistory {
    /** Enough for a long session; older steps are forgotten so memory stays bounded. */
    public static final int DEFAULT_LIMIT = 1000;
    private static final int UNREACHABLE = -1;

    private final int limit;
    private final List<MapCommand> commands = new ArrayList<>();
    private final List<HistoryListener> listeners = new CopyOnWriteArrayList<>();
    private int position;
    private int savePoint;
    /** Only a command that directly follows another execution may merge into it; not after an undo. */
    private boolean lastStepWasExecute;
    /** Re-entrancy guard: a command that triggers another command would corrupt the list. */
    private boolean busy;

    public CommandHistory() {
        this(DEFAULT_LIMIT);
    }

    /** A history keeping at most {@code limit} undo steps. */
    public CommandHistory(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.limit = limit;
    }

    /**
     * Executes the command and records it, merged into the previous command when both say so
     * (consecutive drag steps of one box). If the command throws, nothing is recorded and the
     * exception propagates.
     *
     * @throws IllegalStateException when called from inside another command's execute or undo
     */
    public void execute(MapCommand command) {
        Objects.requireNonNull(command);
        enter();
        try {
            command.execute();
        } finally {
            busy = false;
        }
        record(command);
        fire();
    }

    private void record(MapCommand command) {
        commands.subList(position, commands.size()).clear();
        if (savePoint > position) {
            savePoint = UNREACHABLE;
        }
        Optional<MapCommand> merged = canMergeIntoPrevious()
                ? commands.get(position - 1).mergedWith(command)
                : Optional.empty();
        if (merged.isPresent()) {
            commands.set(position - 1, merged.get());
        } else {
            commands.add(command);
            position++;
        }
        lastStepWasExecute = true;
        if (commands.size() > limit) {
            commands.remove(0);
            position--;
            savePoint = savePoint <= 0 ? UNREACHABLE : savePoint - 1;
        }
    }

    /**
     * Merging into the command that brought the map to its saved state would move the save point
     * silently, so the first change after a save always starts a new step.
     */
    private boolean canMergeIntoPrevious() {
        return lastStepWasExecute && position > 0 && position != savePoint;
    }

    public boolean canUndo() {
        return position > 0;
    }

    public boolean canRedo() {
        return position < commands.size();
    }

    /** @throws IllegalStateException when there is nothing to undo, or a command is running */
    public void undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        enter();
        try {
            commands.get(position - 1).undo();
            position--;
        } finally {
            busy = false;
        }
        lastStepWasExecute = false;
        fire();
    }

    /** @throws IllegalStateException when there is nothing to redo, or a command is running */
    public void redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        enter();
        try {
            commands.get(position).redo();
            position++;
        } finally {
            busy = false;
        }
        lastStepWasExecute = false;
        fire();
    }

    /** What Undo would undo, such as "Move Box". */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(commands.get(position - 1).description()) : Optional.empty();
    }

    /** What Redo would redo. */
    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(commands.get(position).description()) : Optional.empty();
    }

    /** Whether the map differs from what was last saved (or, for a map never saved, from how it began). */
    public boolean isDirty() {
        return position != savePoint;
    }

    /** Records that the map as it is now has been saved. */
    public void markSaved() {
        savePoint = position;
        lastStepWasExecute = false;
        fire();
    }

    /**
     * Records that the map as it is now was never saved, so that it stays dirty until saved: for a
     * map brought back from a recovery file, which differs from its file by edits no history holds.
     */
    public void markUnsaved() {
        savePoint = UNREACHABLE;
        lastStepWasExecute = false;
        fire();
    }

    /** Forgets every step; the map as it is now counts as saved. For a freshly opened map. */
    public void clear() {
        if (busy) {
            throw new IllegalStateException("cannot clear the history while a command runs");
        }
        commands.clear();
        position = 0;
        savePoint = 0;
        lastStepWasExecute = false;
        fire();
    }

    /** Whether a command is executing or being undone right now. */
    public boolean isBusy() {
        return busy;
    }

    /** Number of steps that can be undone. */
    public int undoCount() {
        return position;
    }

    /** Number of steps that can be redone. */
    public int redoCount() {
        return commands.size() - position;
    }

    public void addListener(HistoryListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(HistoryListener listener) {
        listeners.remove(listener);
    }

    private void enter() {
        if (busy) {
            throw new IllegalStateException(
                    "a command tried to run another command; compose them with CompositeCommand instead");
        }
        busy = true;
    }

    private void fire() {
        for (HistoryListener listener : listeners) {
            listener.historyChanged(this);
        }
    }
}
