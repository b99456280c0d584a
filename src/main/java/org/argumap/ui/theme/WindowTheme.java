package org.argumap.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.argumap.render.MapTheme;

/**
 * The themes the window can wear (View › Theme), each a user-agent stylesheet for every control
 * and dialog of the application beside the map palette of the same name. Light and Dark are
 * AtlantaFX's Primer themes as they come; High Contrast and Projector are small stylesheets of our
 * own that import Primer Light and change only what they are for, so every control stays styled
 * by AtlantaFX. Print is a palette for paper, not a window theme.
 */
public enum WindowTheme {
    LIGHT(MapTheme.LIGHT, new PrimerLight().getUserAgentStylesheet()),
    DARK(MapTheme.DARK, new PrimerDark().getUserAgentStylesheet()),
    HIGH_CONTRAST(MapTheme.HIGH_CONTRAST, ours("high-contrast.css")),
    PROJECTOR(MapTheme.PROJECTOR, ours("projector.css"));

    private final MapTheme mapTheme;
    private final String userAgentStylesheet;

    WindowTheme(MapTheme mapTheme, String userAgentStylesheet) {
        this.mapTheme = mapTheme;
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** The map's look in this theme: its palette draws the canvas, the outline's marks and exports. */
    public MapTheme mapTheme() {
        return mapTheme;
    }

    /** What the menu calls it. */
    public String label() {
        return mapTheme.label();
    }

    /** For {@code Application.setUserAgentStylesheet}: a class-path resource or a URL. */
    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** The window theme of a map theme; empty for Print, which is for paper only. */
    public static Optional<WindowTheme> of(MapTheme mapTheme) {
        Objects.requireNonNull(mapTheme);
        return Arrays.stream(values()).filter(t -> t.mapTheme == mapTheme).findFirst();
    }

    private static String ours(String name) {
        return Objects.requireNonNull(WindowTheme.class.getResource(name), name).toExternalForm();
    }
}
