package org.argumap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The bundled faces as Java 2D fonts, each size made once. */
final class AwtFonts {
    private static final Map<FontSpec.Face, Font> BASES = new EnumMap<>(FontSpec.Face.class);
    private static final Map<FontSpec, Font> SIZED = new HashMap<>();

    private AwtFonts() {
    }

    static synchronized Font of(FontSpec spec) {
        return SIZED.computeIfAbsent(spec, s -> base(s.face()).deriveFont((float) s.size()));
    }

    private static Font base(FontSpec.Face face) {
        return BASES.computeIfAbsent(face, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(BundledFonts.file(f)));
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("the bundled font " + f + " cannot be read", e);
            }
        });
    }
}
