package org.argumap.edit;

import java.util.List;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * Moves a statement one place up or down among its siblings. Siblings are ordered by the map's
 * order of the inferences that carry them (and, inside a linked group, by the order of the
 * premises), so a co-premise first moves inside its group and, at the group's edge, the whole
 * group moves past its neighbour. Main claims move among the main claims.
 */
public final class ReorderCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Reorder";

    private final String statementId;
    private final boolean up;

    private ReorderCommand(ArgumentMap map, String statementId, boolean up) {
        super(map);
        this.statementId = Objects.requireNonNull(statementId);
        this.up = up;
    }

    public static ReorderCommand up(ArgumentMap map, String statementId) {
        return new ReorderCommand(map, statementId, true);
    }

    public static ReorderCommand down(ArgumentMap map, String statementId) {
        return new ReorderCommand(map, statementId, false);
    }

    @Override
    void perform(MapSteps steps) {
        Statement statement = existingStatement(statementId, "The statement to move");
        Inference link = MapStructure.parentInference(map, statement);
        if (link == null) {
            List<Statement> tops = MapStructure.siblings(map, statement);
            swapInMapOrder(steps, statement, neighbour(tops, statement));
            return;
        }
        List<Statement> group = link.premises();
        int at = group.indexOf(statement);
        int to = up ? at - 1 : at + 1;
        if (to >= 0 && to < group.size()) {
            steps.removePremise(link.id(), statementId);
            steps.addPremise(link.id(), statementId, to);
            return;
        }
        swapInMapOrder(steps, link, neighbour(map.inferencesInto(link.target()), link));
    }

    private <T extends MapNode> T neighbour(List<T> siblings, T node) {
        int at = siblings.indexOf(node);
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= siblings.size()) {
            throw new EditRefusedException(up ? "It is the first already." : "It is the last already.");
        }
        return siblings.get(to);
    }

    /** Takes the neighbour's place in the map's order, which puts the node just past it. */
    private static void swapInMapOrder(MapSteps steps, MapNode node, MapNode neighbour) {
        steps.reorder(node.id(), steps.map().indexOf(neighbour.id()));
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }
}
