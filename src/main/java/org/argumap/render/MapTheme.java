package org.argumap.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The looks a map can be drawn in: the window's themes (View › Theme) and, for paper, the print
 * style. The window and the canvas follow the same theme, so a dark window has a dark map.
 */
public enum MapTheme {
    LIGHT("Light", MapPalette.LIGHT),
    DARK("Dark", MapPalette.DARK),
    HIGH_CONTRAST("High Contrast", MapPalette.HIGH_CONTRAST),
    PROJECTOR("Projector", MapPalette.PROJECTOR),
    PRINT("Print (black and white)", MapPalette.PRINT);

    private final String label;
    private final MapPalette palette;

    MapTheme(String label, MapPalette palette) {
        this.label = label;
        this.palette = palette;
    }

    public String label() {
        return label;
    }

    public MapPalette palette() {
        return palette;
    }

    /** The name {@code --theme} takes: {@code light}, {@code high-contrast}, … */
    public String optionName() {
        return palette.name();
    }

    public static Optional<MapTheme> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(t -> t.optionName().equals(wanted)).findFirst();
    }
}
