package org.argumap.ui.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ChangeListener;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Link;
import org.argumap.model.MapNode;
import org.argumap.ui.canvas.Folding;
import org.argumap.ui.canvas.MapCanvas;
import org.jgrapht.Graph;

/**
 * Takes the user to a match: expands the collapsed branches that hide it, selects it and brings
 * it into view. A match inside a collapsed branch is still a match (the count includes it), and
 * stepping onto it opens what hides it, since the user asked to see it; the status bar says so.
 *
 * <p>A large map is laid out on a worker thread, so after an expansion the box may have no place
 * yet: it is brought into view when the layout arrives.
 */
public final class MatchReveal {
    private final MapCanvas canvas;
    private ChangeListener<Boolean> waiting;

    public MatchReveal(MapCanvas canvas) {
        this.canvas = canvas;
    }

    /** Selects the statement and shows it; true if a collapsed branch had to be expanded for it. */
    boolean show(String statementId) {
        return show(List.of(statementId));
    }

    /**
     * Selects the statements and shows them, as the problems panel does for the boxes of a finding;
     * true if a collapsed branch had to be expanded for them.
     */
    public boolean show(List<String> statementIds) {
        cancelWaiting();
        boolean expanded = false;
        for (String id : statementIds) {
            expanded |= expandAbove(id);
        }
        canvas.selection().selectOnly(statementIds);
        boolean placed = statementIds.stream().allMatch(id -> canvas.geometry().rectOf(id) != null);
        if (placed || !canvas.layoutBusyProperty().get()) {
            canvas.navigation().revealSelection();
        } else {
            waiting = (o, wasBusy, busy) -> {
                if (!busy) {
                    cancelWaiting();
                    canvas.navigation().revealSelection();
                }
            };
            canvas.layoutBusyProperty().addListener(waiting);
        }
        return expanded;
    }

    private void cancelWaiting() {
        if (waiting != null) {
            canvas.layoutBusyProperty().removeListener(waiting);
            waiting = null;
        }
    }

    /** Expands every collapsed statement the match hangs below, on any path up to a main claim. */
    private boolean expandAbove(String statementId) {
        Folding folding = canvas.folding();
        Set<String> collapsed = folding.collapsedIds();
        if (collapsed.isEmpty()) {
            return false;
        }
        List<String> toExpand = new ArrayList<>();
        for (String above : ancestors(canvas.map(), statementId)) {
            if (collapsed.contains(above)) {
                toExpand.add(above);
            }
        }
        toExpand.forEach(folding::toggle);
        return !toExpand.isEmpty();
    }

    /** The nodes above a node: following the arrows from premise to inference to target, every way. */
    static Set<String> ancestors(ArgumentMap map, String id) {
        MapNode start = map.node(id);
        Set<String> ids = new HashSet<>();
        if (start == null) {
            return ids;
        }
        Graph<MapNode, Link> graph = map.graph();
        Set<MapNode> seen = new HashSet<>(Set.of(start));
        Deque<MapNode> open = new ArrayDeque<>(List.of(start));
        while (!open.isEmpty()) {
            for (Link link : graph.outgoingEdgesOf(open.poll())) {
                MapNode up = graph.getEdgeTarget(link);
                if (seen.add(up)) {
                    ids.add(up.id());
                    open.add(up);
                }
            }
        }
        return ids;
    }
}
