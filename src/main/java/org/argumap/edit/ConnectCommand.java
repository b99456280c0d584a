package org.argumap.edit;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Connects an existing statement to another box with a new single-premise inference, as a drag
 * from a box's handle does: as a reason for it, an objection to it, or an undercut of the step it
 * makes (the inference it hangs from; or, dropped on an inference, that inference). The statement
 * keeps any links it had, so it may come to bear on several boxes.
 *
 * <p>Refused, with a sentence for the user, where the model forbids it or it makes no sense: a
 * statement bearing on itself, a connection that closes a circle (the target already bears on the
 * statement, directly or through others), the same connection twice, an undercut of a main claim.
 * {@link #possible} tells the UI which of the three a drop allows, for its chooser.
 */
public final class ConnectCommand extends StepwiseCreatingCommand {
    private final String premiseId;
    private final String targetId;
    private final Connection connection;

    public ConnectCommand(ArgumentMap map, String premiseId, String targetId, Connection connection) {
        super(map);
        this.premiseId = Objects.requireNonNull(premiseId);
        this.targetId = Objects.requireNonNull(targetId);
        this.connection = Objects.requireNonNull(connection);
    }

    public static ConnectCommand asReason(ArgumentMap map, String premiseId, String targetId) {
        return new ConnectCommand(map, premiseId, targetId, Connection.REASON);
    }

    public static ConnectCommand asObjection(ArgumentMap map, String premiseId, String targetId) {
        return new ConnectCommand(map, premiseId, targetId, Connection.OBJECTION);
    }

    public static ConnectCommand asUndercut(ArgumentMap map, String premiseId, String targetId) {
        return new ConnectCommand(map, premiseId, targetId, Connection.UNDERCUT);
    }

    /**
     * The connections a drop of {@code premiseId} on {@code targetId} allows. On an inference an
     * objection is an undercut already, so only reason and undercut are offered there.
     */
    public static Set<Connection> possible(ArgumentMap map, String premiseId, String targetId) {
        Set<Connection> possible = EnumSet.noneOf(Connection.class);
        for (Connection connection : Connection.values()) {
            if (refusal(map, premiseId, targetId, connection) == null) {
                possible.add(connection);
            }
        }
        if (map.node(targetId) instanceof Inference) {
            possible.remove(Connection.OBJECTION);
        }
        return possible;
    }

    /** Why this connection is not allowed, as a sentence for the user; null when it is. */
    public static String refusal(ArgumentMap map, String premiseId, String targetId, Connection connection) {
        MapNode premiseNode = map.node(premiseId);
        MapNode dropTarget = map.node(targetId);
        if (premiseNode == null || dropTarget == null) {
            return "The boxes to connect are no longer both in the map.";
        }
        if (!(premiseNode instanceof Statement premise)) {
            return "Only a statement can be a reason, an objection or an undercut; drag from a statement.";
        }
        MapNode target = targetOf(map, dropTarget, connection);
        if (target == null) {
            return BoxNames.quoted(dropTarget) + " supports or attacks nothing, so there is no step of it to undercut.";
        }
        if (target == premise) {
            return "A statement cannot support or attack itself.";
        }
        if (MapStructure.leadsTo(map, target, premise)) {
            return BoxNames.quoted(target) + " already bears on " + BoxNames.quoted(premise)
                    + ", so this connection would make a circle.";
        }
        boolean already = map.inferencesInto(target).stream()
                .anyMatch(i -> i.premises().equals(List.of(premise)) && i.type() == typeOf(connection));
        if (already) {
            return BoxNames.quoted(premise) + " is already connected that way to " + BoxNames.quoted(target) + ".";
        }
        return null;
    }

    /** The node the new inference targets: the drop target, or for an undercut of a statement its step. */
    private static MapNode targetOf(ArgumentMap map, MapNode dropTarget, Connection connection) {
        if (connection != Connection.UNDERCUT || dropTarget instanceof Inference) {
            return dropTarget;
        }
        return MapStructure.parentInference(map, (Statement) dropTarget);
    }

    private static InferenceType typeOf(Connection connection) {
        return connection == Connection.REASON ? InferenceType.SUPPORT : InferenceType.ATTACK;
    }

    @Override
    void perform(MapSteps steps) {
        String refusal = refusal(map, premiseId, targetId, connection);
        if (refusal != null) {
            throw new EditRefusedException(refusal);
        }
        MapNode target = targetOf(map, map.node(targetId), connection);
        created(steps.addInference(InferenceContent.of(typeOf(connection)), List.of(premiseId), target.id()).id());
    }

    /** The new inference's id. */
    @Override
    public String description() {
        return connection.description();
    }
}
