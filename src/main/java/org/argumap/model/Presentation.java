package org.argumap.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The order in which a teacher presents the map, saved with it: a list of steps, each revealing
 * one or more statements, with the presenter's notes for that step. {@link #NONE} means the map has
 * no order of its own, and a presentation goes in argument order ({@code org.argumap.present}
 * works that out, and also places statements that no step names).
 *
 * <p>A statement is revealed once, so it appears in at most one step, and every step reveals at
 * least one statement. Whether the ids name statements of a map is the map's rule
 * ({@link ArgumentMap#setPresentation}); when statements leave the map, they leave its steps too.
 */
public record Presentation(List<Step> steps) {
    public static final Presentation NONE = new Presentation(List.of());

    public Presentation {
        steps = List.copyOf(steps);
        Set<String> seen = new HashSet<>();
        for (Step step : steps) {
            for (String id : step.shows()) {
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("'" + id + "' is revealed by two steps; a statement is revealed once");
                }
            }
        }
    }

    /**
     * One step of a presentation.
     *
     * @param shows the statements it reveals, in order; never empty
     * @param notes what the presenter means to say at this step; empty if nothing
     */
    public record Step(List<String> shows, String notes) {
        public Step {
            Objects.requireNonNull(shows);
            shows = shows.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
            if (shows.isEmpty()) {
                throw new IllegalArgumentException("a presentation step reveals at least one statement");
            }
            notes = Attributes.text(notes);
        }

        public Step withNotes(String value) {
            return new Step(shows, value);
        }
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public int size() {
        return steps.size();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /** Every statement some step reveals. */
    public Set<String> statementIds() {
        Set<String> ids = new LinkedHashSet<>();
        steps.forEach(step -> ids.addAll(step.shows()));
        return ids;
    }

    /** The same presentation without these statements; a step left with nothing to reveal goes, notes and all. */
    public Presentation without(Collection<String> ids) {
        if (ids.isEmpty() || steps.stream().noneMatch(step -> step.shows().stream().anyMatch(ids::contains))) {
            return this;
        }
        List<Step> kept = new ArrayList<>(steps.size());
        for (Step step : steps) {
            List<String> left = step.shows().stream().filter(id -> !ids.contains(id)).toList();
            if (!left.isEmpty()) {
                kept.add(new Step(left, step.notes()));
            }
        }
        return new Presentation(kept);
    }

    /**
     * A new step revealing these statements, put at {@code index} (shifted past the steps before
     * it that lose all their statements): the statements leave the steps that revealed them.
     */
    public Presentation withNewStep(int index, List<String> shows, String notes) {
        Step added = new Step(shows, notes);
        List<Step> before = new Presentation(steps.subList(0, index)).without(added.shows()).steps();
        List<Step> after = new Presentation(steps.subList(index, steps.size())).without(added.shows()).steps();
        List<Step> all = new ArrayList<>(before);
        all.add(added);
        all.addAll(after);
        return new Presentation(all);
    }

    public Presentation withoutStep(int index) {
        List<Step> all = new ArrayList<>(steps);
        all.remove(index);
        return new Presentation(all);
    }

    /** The step at {@code from} moved to {@code to}, as in a list where it is taken out and put back. */
    public Presentation withStepMoved(int from, int to) {
        List<Step> all = new ArrayList<>(steps);
        all.add(to, all.remove(from));
        return new Presentation(all);
    }

    public Presentation withNotes(int index, String notes) {
        List<Step> all = new ArrayList<>(steps);
        all.set(index, all.get(index).withNotes(notes));
        return new Presentation(all);
    }
}
