package org.argumap.ui.canvas;

import java.util.concurrent.ConcurrentHashMap;
import org.argumap.render.Colour;
import javafx.scene.paint.Color;

/** The map's toolkit-free colours as JavaFX colours, each made once. */
public final class FxColours {
    private static final ConcurrentHashMap<Colour, Color> COLOURS = new ConcurrentHashMap<>();

    private FxColours() {
    }

    public static Color of(Colour colour) {
        return COLOURS.computeIfAbsent(colour, c -> new Color(c.red(), c.green(), c.blue(), c.opacity()));
    }
}
