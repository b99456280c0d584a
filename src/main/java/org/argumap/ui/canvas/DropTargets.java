package org.argumap.ui.canvas;

import java.util.List;
import java.util.function.Predicate;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.render.LaidOutMap;
import org.argumap.render.LinkPainter;
import org.argumap.render.LinkShape;
import org.argumap.render.Placement;

/**
 * What lies under the pointer for a drop, in the map at rest: a box, an inference (its junction
 * or any of its lines, as {@link LinkPainter} draws them), or a group of linked co-premises (their
 * boxes and the bracket that joins them). Boxes being dragged are left out through
 * {@code ignored}, so the pointer, which always has the dragged box under it, finds what is
 * beneath. Asks the spatial indexes for the few candidates near the point, never every box.
 */
final class DropTargets {
    private final ArgumentMap map;
    private final LaidOutMap rest;
    private final Predicate<String> ignored;

    DropTargets(ArgumentMap map, LaidOutMap rest, Predicate<String> ignored) {
        this.map = map;
        this.rest = rest;
        this.ignored = ignored;
    }

    /** The topmost statement whose box is under this map point and not ignored, or null. */
    String statementAt(double x, double y) {
        List<String> under = rest.statementsIn(new Rect(x, y, 0, 0));
        for (int i = under.size() - 1; i >= 0; i--) {
            String id = under.get(i);
            if (!ignored.test(id) && rest.rectOf(id).contains(x, y)) {
                return id;
            }
        }
        return null;
    }

    /** The inference whose junction or lines pass nearest this map point, within {@code reach}; null for none. */
    String inferenceAt(double x, double y, double reach) {
        String nearest = null;
        double best = reach;
        for (String id : rest.inferencesIn(new Rect(x - reach, y - reach, 2 * reach, 2 * reach))) {
            Inference inference = map.inference(id);
            if (inference == null || ignored.test(id)) {
                continue;
            }
            double distance = distanceTo(inference, x, y);
            if (distance <= best) {
                best = distance;
                nearest = id;
            }
        }
        return nearest;
    }

    /**
     * The inference with two or more premises whose group the point is in: over one of its premise
     * boxes, or within {@code reach} of the frame around them and their bracket without being over
     * another box. Groups with a premise that is ignored (carried along by the drag) are skipped.
     */
    String groupAt(double x, double y, double reach) {
        String box = statementAt(x, y);
        if (box != null) {
            for (Inference inference : map.inferencesFrom(map.statement(box))) {
                if (isGroup(inference)) {
                    return inference.id();
                }
            }
            return null;
        }
        List<String> near = rest.inferencesIn(new Rect(x - reach, y - reach, 2 * reach, 2 * reach));
        for (int i = near.size() - 1; i >= 0; i--) {
            Inference inference = map.inference(near.get(i));
            if (inference != null && isGroup(inference) && groupFrame(rest, inference).expanded(reach).contains(x, y)) {
                return inference.id();
            }
        }
        return null;
    }

    private boolean isGroup(Inference inference) {
        if (inference.premises().size() < 2 || rest.rectOf(inference.id()) == null || ignored.test(inference.id())) {
            return false;
        }
        for (Statement premise : inference.premises()) {
            if (ignored.test(premise.id()) || rest.rectOf(premise.id()) == null) {
                return false;
            }
        }
        return true;
    }

    /** The area of a group of co-premises: their boxes and the bracket that joins them; null if not shown. */
    static Rect groupFrame(Placement placement, Inference group) {
        Rect junction = placement.rectOf(group.id());
        Rect frame = null;
        for (Statement premise : group.premises()) {
            Rect rect = placement.rectOf(premise.id());
            if (rect != null) {
                frame = frame == null ? rect : frame.union(rect);
            }
        }
        if (frame == null || junction == null) {
            return frame;
        }
        boolean below = frame.centreY() > junction.centreY();
        double barY = below ? frame.y() - LinkPainter.BRACKET_GAP : frame.maxY() + LinkPainter.BRACKET_GAP;
        return frame.union(new Rect(frame.x(), barY, 0, 0));
    }

    /** How far the point is from the inference's drawing: its junction mark, its lines and its arrow. */
    double distanceTo(Inference inference, double x, double y) {
        Rect junction = rest.rectOf(inference.id());
        LinkShape shape = LinkShape.of(rest, inference);
        if (junction == null || shape == null) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, Math.min(shape.distanceTo(x, y),
                Math.hypot(x - junction.centreX(), y - junction.centreY()) - junction.width() / 2));
    }
}
