package org.argumap.ui.help;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of the shortcut sheet: under which heading, what it does, and the keys or gesture that
 * do it (empty for a menu command without a shortcut).
 */
public record Shortcut(String group, String command, String keys) {
    public Shortcut {
        Objects.requireNonNull(group);
        Objects.requireNonNull(command);
        Objects.requireNonNull(keys);
    }

    /** Whether the filter's words all occur in the heading, the command or the keys, in any case. */
    boolean matches(String filter) {
        String haystack = (group + " " + command + " " + keys).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
