package org.argumap.edit;

import java.util.Objects;
import java.util.Optional;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapNode;
import org.argumap.model.Position;

/**
 * Places a box (a statement, or an inference's junction) at a position, or with null gives it
 * back to the automatic layout.
 *
 * <p>A drag sends one command per mouse event; commands carrying the same gesture token and box
 * merge, so the whole drag undoes in one step while the map follows the pointer live.
 */
public final class MoveBoxCommand implements MapCommand {
    public static final String DESCRIPTION = "Move Box";

    private final ArgumentMap map;
    private final String nodeId;
    private final Position to;
    private final Object gesture;
    private Position from;
    private boolean fromCaptured;

    /** A move that stands alone in the history. */
    public MoveBoxCommand(ArgumentMap map, String nodeId, Position to) {
        this(map, nodeId, to, null);
    }

    /**
     * A move that merges with the previous move of the same box under the same gesture token
     * (any object identifying one drag, compared by identity); null never merges.
     */
    public MoveBoxCommand(ArgumentMap map, String nodeId, Position to, Object gesture) {
        this.map = Objects.requireNonNull(map);
        this.nodeId = Objects.requireNonNull(nodeId);
        this.to = to;
        this.gesture = gesture;
    }

    private MoveBoxCommand(MoveBoxCommand first, MoveBoxCommand last) {
        this(first.map, first.nodeId, last.to, first.gesture);
        this.from = first.from;
        this.fromCaptured = true;
    }

    public String nodeId() {
        return nodeId;
    }

    /** Where the box goes; null for the automatic layout. */
    public Position to() {
        return to;
    }

    @Override
    public void execute() {
        if (!fromCaptured) {
            MapNode node = map.node(nodeId);
            from = node == null ? null : node.position();
            fromCaptured = true;
        }
        map.moveTo(nodeId, to);
    }

    @Override
    public void undo() {
        map.moveTo(nodeId, from);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public Optional<MapCommand> mergedWith(MapCommand next) {
        if (gesture != null && next instanceof MoveBoxCommand move
                && move.gesture == gesture && move.map == map && move.nodeId.equals(nodeId)) {
            return Optional.of(new MoveBoxCommand(this, move));
        }
        return Optional.empty();
    }
}
