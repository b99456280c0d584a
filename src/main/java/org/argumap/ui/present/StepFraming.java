package org.argumap.ui.present;

import java.util.List;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.present.PresentationStep;
import org.argumap.ui.canvas.Spotlight;

/** Which map area a step's camera frames: its boxes, and what they bear on, where that is shown. */
final class StepFraming {
    private StepFraming() {
    }

    /** The boxes the step reveals; null if none is laid out. */
    static Rect focus(PresentationStep step, MapGeometry geometry) {
        Rect bounds = null;
        for (String id : step == null ? List.<String>of() : step.shows()) {
            bounds = union(bounds, geometry.rectOf(id));
        }
        return bounds;
    }

    /**
     * The step's boxes with what each bears on, so the class sees what a reason supports: the box
     * its arrow points at, or for an undercut the step it attacks and that step's conclusion.
     * Boxes still hidden are left out.
     */
    static Rect context(ArgumentMap map, PresentationStep step, MapGeometry geometry, Spotlight spotlight) {
        Rect bounds = focus(step, geometry);
        if (bounds == null) {
            return null;
        }
        for (String id : step.shows()) {
            Statement statement = map.statement(id);
            List<Inference> feeds = statement == null ? List.of() : map.inferencesFrom(statement);
            MapNode target = feeds.isEmpty() ? null : feeds.get(0).target();
            if (target instanceof Inference attacked) {
                bounds = union(bounds, geometry.rectOf(attacked.id()));
                target = attacked.target();
            }
            if (target instanceof Statement bornOn && !spotlight.isHidden(bornOn.id())) {
                bounds = union(bounds, geometry.rectOf(bornOn.id()));
            }
        }
        return bounds;
    }

    private static Rect union(Rect bounds, Rect rect) {
        return rect == null ? bounds : bounds == null ? rect : bounds.union(rect);
    }
}
