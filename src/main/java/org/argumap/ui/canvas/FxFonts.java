package org.argumap.ui.canvas;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.argumap.render.BundledFonts;
import org.argumap.render.FontSpec;

/**
 * The bundled faces as JavaFX fonts, the same files the exports use. Loading registers each
 * file's family with JavaFX once; a face that cannot be loaded falls back to the system font, so
 * the map still reads (and icons are left out).
 */
public final class FxFonts {
    private static final Map<FontSpec.Face, String> FAMILIES = new EnumMap<>(FontSpec.Face.class);
    private static final Map<FontSpec, Font> FONTS = new HashMap<>();

    private FxFonts() {
    }

    /** The font for a spec; null only for icons when the icon font could not be loaded. */
    public static Font of(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, FxFonts::make);
    }

    private static Font make(FontSpec spec) {
        String family = family(spec.face());
        if (family == null) {
            return spec.face() == FontSpec.Face.ICONS ? null : Font.font("System", spec.size());
        }
        return switch (spec.face()) {
            case BOLD -> Font.font(family, FontWeight.BOLD, FontPosture.REGULAR, spec.size());
            case ITALIC -> Font.font(family, FontWeight.NORMAL, FontPosture.ITALIC, spec.size());
            case REGULAR -> Font.font(family, FontWeight.NORMAL, FontPosture.REGULAR, spec.size());
            case ICONS -> Font.font(family, spec.size());
        };
    }

    private static String family(FontSpec.Face face) {
        return FAMILIES.computeIfAbsent(face, f -> {
            try {
                Font loaded = Font.loadFont(new ByteArrayInputStream(BundledFonts.file(f)), 12);
                return loaded == null ? null : loaded.getFamily();
            } catch (RuntimeException e) {
                return null;
            }
        });
    }
}
