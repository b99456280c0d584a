package org.argumap.render;

import java.util.List;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * A placement without what the decorations hide: hidden statements have no box, and an inference
 * has none when all its premises are hidden or its target is. The painters then leave out what is
 * not there, and a bracket over linked premises spans only those revealed, with no special case in
 * any painter.
 */
final class RevealedPlacement implements Placement {
    private final Placement all;
    private final ArgumentMap map;
    private final Decorations decorations;

    private RevealedPlacement(Placement all, ArgumentMap map, Decorations decorations) {
        this.all = all;
        this.map = map;
        this.decorations = decorations;
    }

    /** The placement itself when nothing is hidden, as in the editor. */
    static Placement of(Placement all, ArgumentMap map, Decorations decorations) {
        return decorations.hidesSome() ? new RevealedPlacement(all, map, decorations) : all;
    }

    @Override
    public Rect rectOf(String nodeId) {
        return isHidden(map.node(nodeId)) ? null : all.rectOf(nodeId);
    }

    @Override
    public Point arrivalOf(String inferenceId) {
        return isHidden(map.node(inferenceId)) ? null : all.arrivalOf(inferenceId);
    }

    @Override
    public List<String> statementsIn(Rect area) {
        return all.statementsIn(area).stream().filter(id -> !decorations.isHidden(id)).toList();
    }

    @Override
    public List<String> inferencesIn(Rect area) {
        return all.inferencesIn(area).stream().filter(id -> !isHidden(map.node(id))).toList();
    }

    private boolean isHidden(MapNode node) {
        if (node instanceof Statement statement) {
            return decorations.isHidden(statement.id());
        }
        if (!(node instanceof Inference inference)) {
            return false;
        }
        // A chain of undercuts ends at a statement (the model's rule), so this walk ends.
        List<Statement> premises = inference.premises();
        if (!premises.isEmpty() && premises.stream().allMatch(p -> decorations.isHidden(p.id()))) {
            return true;
        }
        return isHidden(inference.target());
    }
}
