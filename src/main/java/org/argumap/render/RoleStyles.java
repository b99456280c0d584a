package org.argumap.render;

import java.util.HashMap;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * The style of every box and link in one palette, remembered until the map's structure or the
 * palette changes. A role is derived from the inferences around a box each time it is asked;
 * asking ten thousand times a frame, zoomed far out, would cost more than drawing the blocks.
 */
public final class RoleStyles {
    private final Map<Statement, MapPalette.Style> statements = new HashMap<>();
    private final Map<Inference, MapPalette.Style> inferences = new HashMap<>();
    private MapPalette palette;

    public RoleStyles(MapPalette palette) {
        this.palette = palette;
    }

    public MapPalette palette() {
        return palette;
    }

    public void setPalette(MapPalette value) {
        if (value != palette) {
            palette = value;
            clear();
        }
    }

    public MapPalette.Style of(ArgumentMap map, Statement statement) {
        return statements.computeIfAbsent(statement, s -> palette.of(map, s));
    }

    public MapPalette.Style of(ArgumentMap map, Inference inference) {
        return inferences.computeIfAbsent(inference, i -> palette.of(map, i));
    }

    /** After any change but a move: a new link or a changed kind can change roles anywhere above it. */
    public void clear() {
        statements.clear();
        inferences.clear();
    }
}
