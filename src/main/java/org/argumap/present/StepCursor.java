package org.argumap.present;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a presentation stands and what that shows. Position 0 is the overview: the whole map, so
 * the class sees the shape of the argument first. Position k (1 to the number of steps) shows
 * what steps 1 to k reveal, with step k's statements focused; later steps' statements are hidden.
 * A statement no step reveals (one added while presenting) is never hidden.
 */
public final class StepCursor {
    private final List<PresentationStep> steps;
    /** The step (from 1) that reveals each statement. */
    private final Map<String, Integer> revealedAt = new HashMap<>();
    private int position;

    public StepCursor(List<PresentationStep> steps) {
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            for (String id : this.steps.get(i).shows()) {
                revealedAt.putIfAbsent(id, i + 1);
            }
        }
    }

    public List<PresentationStep> steps() {
        return steps;
    }

    public int stepCount() {
        return steps.size();
    }

    /** 0 for the overview, else the number of the step shown (from 1). */
    public int position() {
        return position;
    }

    public boolean atOverview() {
        return position == 0;
    }

    public boolean atEnd() {
        return position == steps.size();
    }

    /** The step shown, or null at the overview. */
    public PresentationStep current() {
        return position == 0 ? null : steps.get(position - 1);
    }

    /** The step after the one shown (the first step at the overview), or null after the last. */
    public PresentationStep upcoming() {
        return position < steps.size() ? steps.get(position) : null;
    }

    /** Goes to a position, kept between the overview and the last step; says whether it moved. */
    public boolean moveTo(int newPosition) {
        int clamped = Math.max(0, Math.min(steps.size(), newPosition));
        boolean moved = clamped != position;
        position = clamped;
        return moved;
    }

    public boolean next() {
        return moveTo(position + 1);
    }

    public boolean previous() {
        return moveTo(position - 1);
    }

    /** Whether the statement waits for a later step: not drawn yet. */
    public boolean isHidden(String statementId) {
        Integer at = revealedAt.get(statementId);
        return position > 0 && at != null && at > position;
    }

    /** Whether the step shown reveals this statement; nothing is focused at the overview. */
    public boolean isFocused(String statementId) {
        Integer at = revealedAt.get(statementId);
        return position > 0 && at != null && at == position;
    }

    /** The step (from 1) that reveals this statement; 0 if none does. */
    public int revealedAt(String statementId) {
        return revealedAt.getOrDefault(statementId, 0);
    }

    /** "3 / 12", or "Overview · 12 steps". */
    public String counter() {
        if (position == 0) {
            return "Overview · " + steps.size() + (steps.size() == 1 ? " step" : " steps");
        }
        return position + " / " + steps.size();
    }
}
