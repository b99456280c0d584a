package org.argumap.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.IkonHandler;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Icons from the Material Design icon font drawn straight onto the canvas as text, the same
 * glyphs the toolbar shows: vector outlines, so they stay sharp at every zoom and scale. The
 * font is loaded once from Ikonli's jar; if that fails, icons are left out and the role still
 * reads from its label.
 */
final class IconGlyphs {
    private static final Map<Integer, Font> FONTS = new HashMap<>();
    private static String family;
    private static boolean loaded;

    private IconGlyphs() {
    }

    /** The glyph's text; icons of this font live outside the Basic Multilingual Plane. */
    static String glyph(Ikon ikon) {
        return new String(Character.toChars(ikon.getCode()));
    }

    /** The icon font at this size in whole pixels, or null when it could not be loaded. */
    static Font font(double size) {
        String name = family();
        if (name == null) {
            return null;
        }
        return FONTS.computeIfAbsent((int) Math.max(1, Math.round(size)), s -> Font.font(name, s));
    }

    private static String family() {
        if (!loaded) {
            loaded = true;
            IkonHandler handler = IkonResolver.getInstance().resolve(MaterialDesignF.FLAG_VARIANT.getDescription());
            try (InputStream in = handler.getFontResourceAsStream()) {
                Font font = Font.loadFont(in, 12);
                family = font == null ? null : font.getFamily();
            } catch (IOException | RuntimeException e) {
                family = null;
            }
        }
        return family;
    }
}
