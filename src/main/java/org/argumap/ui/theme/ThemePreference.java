package org.argumap.ui.theme;

import java.util.Objects;
import java.util.prefs.Preferences;
import org.argumap.render.MapTheme;

/**
 * Where the chosen window theme is remembered between runs: the key {@code theme} of a
 * {@link Preferences} node, holding the theme's option name ({@code dark}, {@code high-contrast}, as
 * the render command's {@code --theme} takes it). The editor uses the user's node for Argumap;
 * tests hand in a node of their own so that they never touch the user's real preferences.
 *
 * <p>A value this version does not know (a theme of a later version, a hand-edited file) or that
 * is no window theme (print) reads as Light rather than failing the start.
 */
public final class ThemePreference {
    static final String KEY = "theme";
    private final Preferences node;

    public ThemePreference(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    /** The user's preferences for Argumap: {@code /org/argumap} under the user root. */
    public static ThemePreference ofUser() {
        return new ThemePreference(Preferences.userRoot().node("org/argumap"));
    }

    /**
     * The node the theme is kept in, where the window's other view choices (Evaluate › Show Evaluation)
     * are kept beside it: tests that hand in a node of their own keep those away from the user's too.
     */
    public Preferences node() {
        return node;
    }

    /** The theme last chosen, or Light when none was or it cannot be read. */
    public WindowTheme load() {
        try {
            String name = node.get(KEY, null);
            return name == null ? WindowTheme.LIGHT
                    : MapTheme.named(name).flatMap(WindowTheme::of).orElse(WindowTheme.LIGHT);
        } catch (IllegalStateException removed) {
            return WindowTheme.LIGHT;
        }
    }

    /**
     * Remembers the theme. Preferences write to their backing store in the background; a store that
     * cannot be written (a read-only home) costs only the memory of the choice, never the choice.
     */
    public void save(WindowTheme theme) {
        try {
            node.put(KEY, theme.mapTheme().optionName());
        } catch (IllegalStateException removed) {
            // The node was removed under us; the choice still holds for this run.
        }
    }
}
