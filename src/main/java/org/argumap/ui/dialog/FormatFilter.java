package org.argumap.ui.dialog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an import or export chooser's list of file types: what the user reads, the file
 * name patterns it shows, and the registered format it stands for. "All supported files" and "All
 * files" stand for no format: the file name decides, or the user is asked.
 *
 * @param formatName a reader's or writer's name from {@link org.argumap.io.MapFormats}, or null
 */
public record FormatFilter(String label, List<String> patterns, String formatName) {
    public FormatFilter {
        Objects.requireNonNull(label);
        patterns = List.copyOf(patterns);
    }

    public Optional<String> format() {
        return Optional.ofNullable(formatName);
    }

    /** The label with its patterns, as choosers show it: "Argdown (*.argdown, *.ad)". */
    public String description() {
        return label + " (" + String.join(", ", patterns) + ")";
    }
}
