package org.argumap.edit.clipboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;

/**
 * Copies a selection out of a map: the selected statements with everything below them (the
 * reasons, objections and evidence under them, however deep, and the undercuts of their steps),
 * the inferences among those, and for each selected statement the link it hangs from, if that
 * leads out of the fragment, with whatever bears on that link (its undercuts and their branches). A selected inference stands for its premises. Shared statements below
 * the selection come along, so a copy is complete even where a cut (which takes only what hangs
 * from nothing else) would leave them behind.
 */
public final class FragmentExtractor {
    private FragmentExtractor() {
    }

    public static MapFragment extract(ArgumentMap map, Collection<String> selectedIds) {
        Set<MapNode> tops = new LinkedHashSet<>();
        for (String id : selectedIds) {
            MapNode node = map.node(id);
            if (node instanceof Statement statement) {
                tops.add(statement);
            } else if (node instanceof Inference inference) {
                tops.addAll(inference.premises());
            }
        }
        Set<MapNode> below = MapStructure.branch(map, tops);
        Set<Inference> attaching = new LinkedHashSet<>();
        for (MapNode node : map.nodes()) {
            if (tops.contains(node)) {
                Inference link = MapStructure.parentInference(map, (Statement) node);
                if (link != null && !below.contains(link)) {
                    attaching.add(link);
                }
            }
        }
        // The undercuts of those links come along: a cut takes them, so its paste must bring them back.
        Set<MapNode> branch = MapStructure.branch(map, concat(tops, attaching));
        branch.removeAll(attaching);
        Position origin = originOf(branch, attaching);
        List<MapFragment.StatementEntry> statements = new ArrayList<>();
        List<MapFragment.InferenceEntry> inferences = new ArrayList<>();
        for (MapNode node : map.nodes()) {
            if (!branch.contains(node)) {
                continue;
            }
            Position at = relative(node.position(), origin);
            if (node instanceof Statement s) {
                statements.add(new MapFragment.StatementEntry(s.id(), s.content(), at));
            } else {
                Inference i = (Inference) node;
                inferences.add(new MapFragment.InferenceEntry(i.id(), i.content(), ids(i.premises()), i.target().id(), at));
            }
        }
        List<MapFragment.Attachment> attachments = new ArrayList<>();
        for (Inference link : attaching) {
            List<String> premises = ids(link.premises().stream().filter(branch::contains).toList());
            attachments.add(new MapFragment.Attachment(link.id(), link.content(), premises, link.target().id(),
                    relative(link.position(), origin)));
        }
        return new MapFragment(statements, inferences, attachments, origin);
    }

    private static Set<MapNode> concat(Set<MapNode> tops, Set<Inference> attaching) {
        Set<MapNode> all = new LinkedHashSet<>(tops);
        all.addAll(attaching);
        return all;
    }

    /** The top-left corner of the placed boxes, so positions in the fragment are relative to it. */
    private static Position originOf(Set<MapNode> branch, Set<Inference> attaching) {
        double x = Double.POSITIVE_INFINITY;
        double y = Double.POSITIVE_INFINITY;
        List<MapNode> all = new ArrayList<>(branch);
        all.addAll(attaching);
        for (MapNode node : all) {
            if (node.position() != null) {
                x = Math.min(x, node.position().x());
                y = Math.min(y, node.position().y());
            }
        }
        return x == Double.POSITIVE_INFINITY ? null : new Position(x, y);
    }

    private static Position relative(Position position, Position origin) {
        return position == null ? null : new Position(position.x() - origin.x(), position.y() - origin.y());
    }

    private static List<String> ids(List<? extends MapNode> nodes) {
        return nodes.stream().map(MapNode::id).toList();
    }
}
