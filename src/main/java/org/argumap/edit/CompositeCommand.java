package org.argumap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several commands that the user sees as one action ("Delete 3 Boxes"): they execute in order,
 * undo in reverse order, and take one step in the history.
 */
public final class CompositeCommand implements MapCommand {
    private final String description;
    private final List<MapCommand> parts;

    public CompositeCommand(String description, List<? extends MapCommand> parts) {
        this.description = Objects.requireNonNull(description);
        this.parts = List.copyOf(parts);
    }

    public List<MapCommand> parts() {
        return parts;
    }

    /**
     * Executes all parts; if one fails, undoes those already done before rethrowing, so that a
     * failed composite leaves the map as it found it.
     */
    @Override
    public void execute() {
        runAll(false);
    }

    @Override
    public void redo() {
        runAll(true);
    }

    private void runAll(boolean redo) {
        List<MapCommand> done = new ArrayList<>(parts.size());
        try {
            for (MapCommand part : parts) {
                if (redo) {
                    part.redo();
                } else {
                    part.execute();
                }
                done.add(part);
            }
        } catch (RuntimeException failure) {
            for (int i = done.size() - 1; i >= 0; i--) {
                try {
                    done.get(i).undo();
                } catch (RuntimeException undoFailure) {
                    failure.addSuppressed(undoFailure);
                }
            }
            throw failure;
        }
    }

    @Override
    public void undo() {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo();
        }
    }

    @Override
    public String description() {
        return description;
    }
}
