package org.argumap.ui.outline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argumap.edit.CompositeCommand;
import org.argumap.edit.MapCommand;
import org.argumap.edit.MapStructure;
import org.argumap.edit.MoveUnderCommand;
import org.argumap.edit.ReorderCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * What dropping one line of the outline on another does. Above or below a sibling (a line in the
 * same ordered list of the map: the main claims, the inferences into one node, the co-premises of
 * one linked argument) it reorders, as that many Move Up or Move Down steps made into one undo
 * step; onto a statement it moves the dragged statement with its branch under that one
 * ({@link MoveUnderCommand}). Without JavaFX, so it can be tested on its own.
 */
final class OutlineDrops {
    /** Where on the target line the pointer is: its upper edge, its middle, its lower edge. */
    enum Zone { BEFORE, ONTO, AFTER }

    /** Lines in one ordered list share a container: a node's inferences, a group's premises, the top. */
    private record Container(Object owner, boolean premises) {
    }

    private static final Container TOP = new Container("top", false);
    /** The middle of a line, as a fraction of its height, means "onto"; above and below it, "beside". */
    private static final double EDGE = 0.3;

    private OutlineDrops() {
    }

    /**
     * Whether a line can be picked up: a statement on its own line, or a linked argument whose
     * first and last co-premises have their own lines in it (it moves through them).
     */
    static boolean canDrag(ArgumentMap map, OutlineEntry entry) {
        if (entry.kind() == OutlineEntry.Kind.STATEMENT) {
            return map.statement(entry.statementId()) != null;
        }
        if (entry.kind() == OutlineEntry.Kind.GROUP) {
            Inference group = map.inference(entry.inferenceId());
            return group != null && !group.premises().isEmpty()
                    && MapStructure.parentInference(map, group.premises().get(0)) == group
                    && MapStructure.parentInference(map, group.premises().get(group.premises().size() - 1)) == group;
        }
        return false;
    }

    /**
     * What a drop at this height of the target line ({@code fraction}, 0 at its top, 1 at its
     * bottom) would do; null when it would do nothing.
     */
    static Zone zone(ArgumentMap map, OutlineEntry dragged, OutlineEntry target, double fraction) {
        if (dragged.equals(target)) {
            return null;
        }
        boolean onto = dragged.kind() == OutlineEntry.Kind.STATEMENT && target.showsStatement();
        Container container = containerOf(map, dragged);
        if (container == null || !container.equals(containerOf(map, target))) {
            return onto ? Zone.ONTO : null;
        }
        if (!onto) {
            return fraction < 0.5 ? Zone.BEFORE : Zone.AFTER;
        }
        return fraction < EDGE ? Zone.BEFORE : fraction > 1 - EDGE ? Zone.AFTER : Zone.ONTO;
    }

    /** The command for a drop, empty when the line is where it would go already; refusals come when it executes. */
    static Optional<MapCommand> command(ArgumentMap map, OutlineEntry dragged, OutlineEntry target, Zone zone) {
        if (zone == Zone.ONTO) {
            return Optional.of(new MoveUnderCommand(map, dragged.statementId(), target.statementId()));
        }
        Container container = containerOf(map, dragged);
        int from = indexIn(map, container, dragged);
        int at = indexIn(map, container, target);
        int to = zone == Zone.BEFORE ? (at < from ? at : at - 1) : (at < from ? at + 1 : at);
        if (to == from) {
            return Optional.empty();
        }
        List<MapCommand> steps = new ArrayList<>();
        boolean up = to < from;
        String mover = moverOf(map, dragged, up);
        for (int i = 0; i < Math.abs(to - from); i++) {
            steps.add(up ? ReorderCommand.up(map, mover) : ReorderCommand.down(map, mover));
        }
        return Optional.of(new CompositeCommand(ReorderCommand.DESCRIPTION, steps));
    }

    /** The statement Move Up or Move Down acts on: a group moves through its first or last co-premise. */
    private static String moverOf(ArgumentMap map, OutlineEntry dragged, boolean up) {
        if (dragged.kind() != OutlineEntry.Kind.GROUP) {
            return dragged.statementId();
        }
        List<Statement> premises = map.inference(dragged.inferenceId()).premises();
        return (up ? premises.get(0) : premises.get(premises.size() - 1)).id();
    }

    /** The ordered list a line stands in; null for the way into a circle, which stands in none. */
    private static Container containerOf(ArgumentMap map, OutlineEntry entry) {
        if (entry.inferenceId() == null) {
            return map.inferencesFrom(map.statement(entry.statementId())).isEmpty() ? TOP : null;
        }
        Inference via = map.inference(entry.inferenceId());
        if (entry.kind() != OutlineEntry.Kind.GROUP && via.premises().size() > 1) {
            return new Container(via, true);
        }
        return new Container(via.target(), false);
    }

    private static int indexIn(ArgumentMap map, Container container, OutlineEntry entry) {
        if (container == TOP) {
            Statement statement = map.statement(entry.statementId());
            return map.statements().stream().filter(s -> map.inferencesFrom(s).isEmpty()).toList().indexOf(statement);
        }
        Inference via = map.inference(entry.inferenceId());
        if (container.premises()) {
            return via.premises().indexOf(map.statement(entry.statementId()));
        }
        return map.inferencesInto((MapNode) container.owner()).indexOf(via);
    }
}
