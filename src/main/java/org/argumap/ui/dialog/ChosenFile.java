package org.argumap.ui.dialog;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file picked in an import or export chooser, with the format of the filter it was picked
 * under: the filter decides when the file's name does not (a Reddit thread saved as plain
 * {@code .json}).
 *
 * @param formatName the chosen filter's format, or null for "All supported files"
 */
public record ChosenFile(Path file, String formatName) {
    public ChosenFile {
        Objects.requireNonNull(file);
    }

    /** A file picked under a filter of no particular format. */
    public static ChosenFile of(Path file) {
        return new ChosenFile(file, null);
    }

    public Optional<String> format() {
        return Optional.ofNullable(formatName);
    }
}
