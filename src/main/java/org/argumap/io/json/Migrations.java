package org.argumap.io.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The chain of steps from every older version to {@link ArgumapJsonFormat#VERSION}. A file is
 * upgraded in memory only: the reader never writes, so the file on disk keeps its version until
 * the user saves it.
 */
final class Migrations {
    /** Step {@code i} upgrades version {@code i + 1}: adding a version means adding its step here. */
    static final List<Migration> STEPS = List.of(new JudgementsAndPresentation());

    private final List<Migration> steps;

    Migrations(List<Migration> steps) {
        this.steps = steps;
    }

    static Migrations standard() {
        return new Migrations(STEPS);
    }

    /** Runs every step from the tree's version up to {@code target}, each once, in order. */
    ObjectNode upgrade(ObjectNode tree, int target) {
        int version = tree.path("version").intValue();
        while (version < target) {
            Migration step = stepFrom(version);
            tree = step.apply(tree);
            int reached = tree.path("version").intValue();
            if (reached != version + 1) {
                // A step that skips or repeats a version would silently misread every later file.
                throw new IllegalStateException("the step from version " + version + " left version " + reached);
            }
            version = reached;
        }
        return tree;
    }

    /** True if every step from {@code version} up to {@code target} changes only the version number. */
    boolean onlyRenumbers(int version, int target) {
        for (int v = version; v < target; v++) {
            if (!stepFrom(v).onlyRenumbers()) {
                return false;
            }
        }
        return true;
    }

    private Migration stepFrom(int version) {
        return steps.stream().filter(s -> s.from() == version).findFirst()
                .orElseThrow(() -> new IllegalStateException("no step upgrades file format version " + version));
    }
}
