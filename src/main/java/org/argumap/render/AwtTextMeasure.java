package org.argumap.render;

import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures text with Java 2D, without a screen: unhinted, with fractional widths, which is how
 * JavaFX lays text out too, so the screen and the exports wrap at the same words. Text Java 2D
 * would not shape is added up from a table of advances ({@link GlyphAdvances}), which gives the
 * same width as asking Java 2D; the rest is asked, and remembered. Characters the bundled face
 * lacks count as wide as the system's font draws them. Safe to share between threads.
 */
public final class AwtTextMeasure implements TextMeasure {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    /** Past this many remembered shaped words the memory starts over, so it stays bounded. */
    private static final int MAX_REMEMBERED_SHAPED = 20_000;

    private static final int RECENT_FONTS = 4;

    private volatile Recent recent;
    private final Map<FontSpec, LineMetrics> metrics = new ConcurrentHashMap<>();
    /** Shaped text (Arabic, Hindi, combining accents) is slow to measure, so each word is measured once. */
    private final Map<FontSpec, Map<String, Double>> shaped = new ConcurrentHashMap<>();

    @Override
    public double width(String text, FontSpec font) {
        return width(text, 0, text.length(), font);
    }

    @Override
    public double width(String text, int start, int end, FontSpec font) {
        if (start >= end) {
            return 0;
        }
        float simple = advancesOf(font).width(text, start, end);
        if (!Float.isNaN(simple)) {
            return simple;
        }
        Map<String, Double> known = shaped.computeIfAbsent(font, f -> new ConcurrentHashMap<>());
        String part = text.substring(start, end);
        Double width = known.get(part);
        if (width == null) {
            if (known.size() > MAX_REMEMBERED_SHAPED) {
                known.clear();
            }
            width = AwtFonts.of(font).getStringBounds(part, CONTEXT).getWidth();
            if (AwtFonts.of(font).canDisplayUpTo(part) >= 0) {
                // Characters the face lacks are drawn from a system font (see GlyphAdvances).
                width = Math.max(width, AwtFonts.fallback(font).getStringBounds(part, CONTEXT).getWidth());
            }
            known.put(part, width);
        }
        return width;
    }

    /**
     * The table for a font, found by identity among the last few asked for (a box asks for its
     * title's and its text's font in turn): hashing a font for every word showed in profiles.
     */
    private GlyphAdvances advancesOf(FontSpec font) {
        Recent first = recent;
        for (Recent r = first; r != null; r = r.older()) {
            if (r.font() == font) {
                return r.advances();
            }
        }
        GlyphAdvances advances = GlyphAdvances.of(font, CONTEXT);
        recent = new Recent(font, advances, first == null ? null : first.butLast(RECENT_FONTS - 1));
        return advances;
    }

    /** An immutable list, so threads that share this measure may replace it without a lock. */
    private record Recent(FontSpec font, GlyphAdvances advances, Recent older) {
        Recent butLast(int keep) {
            return keep <= 1 || older == null ? new Recent(font, advances, null)
                    : new Recent(font, advances, older.butLast(keep - 1));
        }
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
