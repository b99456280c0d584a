package org.argumap.render;

import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures text with Java 2D, without a screen: unhinted, with fractional widths, which is how
 * JavaFX lays text out too, so the screen and the exports wrap at the same words. One instance per
 * thread.
 */
public final class AwtTextMeasure implements TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Map<FontSpec, LineMetrics> metrics = new HashMap<>();

    @Override
    public double width(String text, FontSpec font) {
        if (text.isEmpty()) {
            return 0;
        }
        return AwtFonts.of(font).getStringBounds(text, CONTEXT).getWidth();
    }

    @Override
    public double ascent(FontSpec font) {
        return metricsOf(font).getAscent();
    }

    @Override
    public double descent(FontSpec font) {
        return metricsOf(font).getDescent();
    }

    private LineMetrics metricsOf(FontSpec font) {
        return metrics.computeIfAbsent(font, f -> AwtFonts.of(f).getLineMetrics("Hg", CONTEXT));
    }
}
