package org.argumap.present;

import java.util.List;
import java.util.Objects;

/**
 * One step of a presentation as it will be shown: the statements it reveals (and focuses), the
 * presenter's notes, and whether the map's saved order holds the step or argument order placed it
 * (a map without an order of its own, or statements added after the order was set).
 */
public record PresentationStep(List<String> shows, String notes, boolean saved) {

    public PresentationStep {
        shows = List.copyOf(shows);
        if (shows.isEmpty()) {
            throw new IllegalArgumentException("a step reveals at least one statement");
        }
        notes = Objects.requireNonNullElse(notes, "");
    }
}
