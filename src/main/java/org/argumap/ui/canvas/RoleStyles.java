package org.argumap.ui.canvas;

import java.util.HashMap;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * The style of every box and link, remembered until the map's structure changes. A role is
 * derived from the inferences around a box each time it is asked; asking ten thousand times a
 * frame, zoomed far out, would cost more than drawing the blocks.
 */
final class RoleStyles {
    private final Map<Statement, MapPalette.Style> statements = new HashMap<>();
    private final Map<Inference, MapPalette.Style> inferences = new HashMap<>();

    MapPalette.Style of(ArgumentMap map, Statement statement) {
        return statements.computeIfAbsent(statement, s -> MapPalette.of(map, s));
    }

    MapPalette.Style of(ArgumentMap map, Inference inference) {
        return inferences.computeIfAbsent(inference, i -> MapPalette.of(map, i));
    }

    /** After any change but a move: a new link or a changed kind can change roles anywhere above it. */
    void clear() {
        statements.clear();
        inferences.clear();
    }
}
