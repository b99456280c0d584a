package org.argumap.render.handout;

import java.util.List;
import java.util.Set;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.present.PresentationStep;
import org.argumap.present.StepCursor;
import org.argumap.render.Decorations;
import org.argumap.render.MapRenderer;

/**
 * One step of a presentation as a handout or a slide shows it, as the presentation shows it on
 * screen: what later steps reveal is left out, what earlier steps revealed is drawn faint, and the
 * picture is framed on the step's boxes and the boxes they answer.
 */
final class StepView implements Decorations {
    /** Room around the framed boxes, in map units. */
    private static final double FRAME_MARGIN = 40;

    private final StepCursor cursor;

    private StepView(List<PresentationStep> steps, int position) {
        cursor = new StepCursor(steps);
        cursor.moveTo(position);
    }

    /** Step {@code position} (from 1); 0 is the overview, with everything shown. */
    static StepView at(List<PresentationStep> steps, int position) {
        return new StepView(steps, position);
    }

    @Override
    public boolean isHidden(String statementId) {
        return cursor.isHidden(statementId);
    }

    @Override
    public boolean hidesSome() {
        return !cursor.atOverview();
    }

    @Override
    public boolean isReceded(String statementId) {
        return !cursor.atOverview() && !cursor.isHidden(statementId) && !cursor.isFocused(statementId);
    }

    /**
     * The part of the map to show: the step's boxes and the boxes they bear on, with a margin; the
     * whole map at the overview. Null when nothing of it is laid out.
     */
    Rect frame(MapRenderer renderer) {
        if (cursor.atOverview()) {
            return renderer.area(Set.of());
        }
        ArgumentMap map = renderer.map();
        Rect frame = null;
        for (String id : cursor.current().shows()) {
            frame = union(frame, renderer.geometry().rectOf(id));
            Statement statement = map.statement(id);
            if (statement == null) {
                continue;
            }
            for (Inference inference : map.inferencesFrom(statement)) {
                frame = union(frame, renderer.geometry().rectOf(targetStatement(inference).id()));
            }
        }
        return frame == null ? null : frame.expanded(FRAME_MARGIN);
    }

    /** What an inference finally bears on: its target, or for an undercut the target of the step it attacks. */
    private static MapNode targetStatement(Inference inference) {
        MapNode target = inference.target();
        while (target instanceof Inference attacked) {
            target = attacked.target();
        }
        return target;
    }

    private static Rect union(Rect a, Rect b) {
        return b == null ? a : a == null ? b : a.union(b);
    }
}
