package org.argumap.present;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Presentation;

/**
 * The steps in which a map is presented: the teacher's saved order if the map has one, followed by
 * whatever that order does not reveal, in argument order (statements added since the order was
 * set, so a presentation never leaves a box out); without a saved order, argument order throughout
 * ({@link ArgumentOrder}). Every statement of the map is revealed by exactly one step.
 */
public final class PresentationSteps {
    private PresentationSteps() {
    }

    public static List<PresentationStep> of(ArgumentMap map) {
        List<PresentationStep> steps = new ArrayList<>();
        Set<String> revealed = new HashSet<>();
        for (Presentation.Step saved : map.presentation().steps()) {
            // The model keeps steps to statements of the map; this only guards against a stale copy.
            List<String> shows = saved.shows().stream()
                    .filter(id -> map.statement(id) != null && !revealed.contains(id)).toList();
            if (!shows.isEmpty()) {
                steps.add(new PresentationStep(shows, saved.notes(), true));
                revealed.addAll(shows);
            }
        }
        for (List<String> step : ArgumentOrder.of(map)) {
            List<String> rest = step.stream().filter(id -> !revealed.contains(id)).toList();
            if (!rest.isEmpty()) {
                steps.add(new PresentationStep(rest, "", false));
            }
        }
        return steps;
    }

    /** The steps of argument order, ignoring any saved order: what "Reset to argument order" gives. */
    public static List<PresentationStep> argumentOrder(ArgumentMap map) {
        return ArgumentOrder.of(map).stream().map(step -> new PresentationStep(step, "", false)).toList();
    }

    /**
     * These steps as an order to save with the map: the editor saves the whole list the teacher
     * sees when they change any of it, so the steps argument order placed become theirs too.
     */
    public static Presentation toSaved(List<PresentationStep> steps) {
        return new Presentation(steps.stream().map(step -> new Presentation.Step(step.shows(), step.notes())).toList());
    }
}
