package org.argumap.ui.exchange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.argumap.io.MapReader;

/**
 * The format last chosen in the Import dialog's question, the key {@value #KEY} of the preferences
 * node the theme is kept in, offered first the next time a file's content names no format: a
 * moderator who imports Lemmy threads saved as {@code .json} says "Lemmy" once, not every time.
 */
public final class ImportFormatPreference {
    static final String KEY = "import.format";
    private final Preferences node;

    public ImportFormatPreference(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    /** The reader last chosen, if it is one of {@code candidates}. */
    public Optional<MapReader> among(List<MapReader> candidates) {
        String name;
        try {
            name = node.get(KEY, "");
        } catch (IllegalStateException removed) {
            return Optional.empty();
        }
        return candidates.stream().filter(reader -> reader.name().equals(name)).findFirst();
    }

    public void save(MapReader chosen) {
        try {
            node.put(KEY, chosen.name());
        } catch (IllegalStateException removed) {
            // A node removed meanwhile (tests, another instance resetting preferences): nothing to remember in.
        }
    }
}
