package org.argumap.ui.exchange;

import java.util.List;
import java.util.Objects;

/**
 * What a reader read past in one file, kept after the import so the user can look at the list
 * later ("Show warnings") rather than only in a notice that the next action replaces.
 */
public record ReadWarnings(String fileName, List<String> warnings) {
    public static final ReadWarnings NONE = new ReadWarnings("", List.of());

    public ReadWarnings {
        Objects.requireNonNull(fileName);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return warnings.isEmpty();
    }

    public int size() {
        return warnings.size();
    }

    /** "1 warning" or "3 warnings". */
    public String count() {
        return size() + (size() == 1 ? " warning" : " warnings");
    }
}
