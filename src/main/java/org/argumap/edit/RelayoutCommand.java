package org.argumap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;

/**
 * Gives boxes back to the automatic layout by forgetting where the user put them: "Re-layout"
 * for the whole map, "Re-layout Branch" for a statement and everything below it
 * ({@link MapStructure#branch}, the same downward walk as collapsing). Undo puts every box back
 * exactly where it was. Only boxes that were placed are touched, so a map with nothing placed
 * changes nothing; {@link #changesAnything()} lets the menu say so beforehand.
 */
public final class RelayoutCommand extends StepwiseCommand {
    public static final String DESCRIPTION = "Re-layout";
    public static final String BRANCH_DESCRIPTION = "Re-layout Branch";

    private final String description;
    private final Predicate<MapNode> inScope;
    private final List<String> clearedIds = new ArrayList<>();

    private RelayoutCommand(ArgumentMap map, String description, Predicate<MapNode> inScope) {
        super(map);
        this.description = description;
        this.inScope = inScope;
    }

    /** Re-layout: every box of the map. */
    public static RelayoutCommand all(ArgumentMap map) {
        return new RelayoutCommand(Objects.requireNonNull(map), DESCRIPTION, node -> true);
    }

    /**
     * Re-layout Branch: the statement (or junction) and everything below it. The branch is taken
     * when the command is made, which is when the user chose it.
     *
     * @throws EditRefusedException when there is no such box
     */
    public static RelayoutCommand branch(ArgumentMap map, String topId) {
        MapNode top = map.node(topId);
        if (top == null) {
            throw new EditRefusedException("The box to lay out again is no longer in the map.");
        }
        // Below a junction lie its premises too, as when collapsing walks down into it.
        List<MapNode> tops = new ArrayList<>(List.of(top));
        if (top instanceof Inference inference) {
            tops.addAll(inference.premises());
        }
        Set<MapNode> branch = MapStructure.branch(map, tops);
        return new RelayoutCommand(map, BRANCH_DESCRIPTION, branch::contains);
    }

    /** Whether executing would move any box: some box in scope is placed now. */
    public boolean changesAnything() {
        return map.nodes().stream().anyMatch(node -> node.position() != null && inScope.test(node));
    }

    @Override
    void perform(MapSteps steps) {
        for (MapNode node : map.nodes()) {
            if (node.position() != null && inScope.test(node)) {
                clearedIds.add(node.id());
                steps.moveTo(node.id(), null);
            }
        }
    }

    /** The ids whose places were forgotten, in map order; empty before the first execute. */
    public List<String> clearedIds() {
        return List.copyOf(clearedIds);
    }

    @Override
    public String description() {
        return description;
    }
}
