package org.argumap.render;

import org.kordamp.ikonli.Ikon;

/** Icons of the Material Design font as text to draw in {@link FontSpec.Face#ICONS}. */
public final class Glyphs {
    private Glyphs() {
    }

    /** The glyph's text; icons of this font live outside the Basic Multilingual Plane. */
    public static String of(Ikon ikon) {
        return new String(Character.toChars(ikon.getCode()));
    }
}
