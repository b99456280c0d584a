package org.argumap.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The bundled faces as Java 2D fonts, each size made once. */
public final class AwtFonts {
    private static final Map<FontSpec.Face, Font> BASES = new EnumMap<>(FontSpec.Face.class);
    private static final Map<FontSpec, Font> SIZED = new HashMap<>();
    private static final Map<FontSpec, Font> STYLED = new HashMap<>();

    private static final Map<FontSpec, Font> FALLBACKS = new HashMap<>();

    private AwtFonts() {
    }

    /**
     * The system's font for characters the bundled face lacks (Chinese, Japanese): the screen
     * draws them from such a font, as wide as it makes them, so a box is measured for that width
     * rather than for the face's empty box.
     */
    public static synchronized Font fallback(FontSpec spec) {
        int style = switch (spec.face()) {
            case BOLD -> Font.BOLD;
            case ITALIC -> Font.ITALIC;
            default -> Font.PLAIN;
        };
        return FALLBACKS.computeIfAbsent(spec, s -> new Font(Font.DIALOG, style, 1).deriveFont((float) s.size()));
    }

    public static synchronized Font of(FontSpec spec) {
        return SIZED.computeIfAbsent(spec, s -> base(s.face()).deriveFont((float) s.size()));
    }

    /**
     * The face as a family with a style (plain, bold, italic), for surfaces that write the font's
     * name rather than draw its glyphs (SVG). Never drawn with, since Java 2D would embolden an
     * already bold face.
     */
    public static synchronized Font styled(FontSpec spec) {
        int style = switch (spec.face()) {
            case BOLD -> Font.BOLD;
            case ITALIC -> Font.ITALIC;
            default -> Font.PLAIN;
        };
        return STYLED.computeIfAbsent(spec, s -> base(s.face()).deriveFont(style, (float) s.size()));
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
