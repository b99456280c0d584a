package org.argumap.render;

import java.util.List;
import org.argumap.layout.LinkRoute;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;

/**
 * Where the painter finds boxes: the laid-out map at rest, or the frames of an animation or a
 * drag in between. Answers only what drawing needs, so an animation frame need not build a whole
 * geometry and index for every pulse.
 */
public interface Placement {
    /** The rectangle of a statement's box or an inference's junction, or null if it is not shown. */
    public Rect rectOf(String nodeId);

    /** Where an inference's arrow ends, or null. */
    public Point arrivalOf(String inferenceId);

    /** How the layout routed an inference's lines, or null to draw them plainly from the boxes. */
    default LinkRoute routeOf(String inferenceId) {
        return null;
    }

    /** The statements whose boxes touch the area, in drawing order. */
    public List<String> statementsIn(Rect area);

    /** The inferences whose drawing (premises to junction to target) may touch the area. */
    public List<String> inferencesIn(Rect area);
}
