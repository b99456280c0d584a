package org.argumap.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * How far each character of one font advances the pen, measured once per character, so the width
 * of a word is a sum over a table rather than a question to Java 2D (which cost a hundred thousand
 * boxes seconds of a cold start). For text Java 2D lays out simply (no shaping), its width is the
 * same sum of the same advances, added in the same order in {@code float}, so the sum here is not
 * close to Java 2D's width but equal to it; text that needs shaping (combining marks, right-to-left
 * and Indic scripts, joiners, characters beyond the first plane) is left to Java 2D.
 *
 * <p>Shared by every thread: a block of characters is measured whole and then published, never
 * changed.
 *
 * <p>A character the bundled face lacks (Chinese, Japanese) is drawn on screen from a system font
 * that has it, usually wider than the face's empty box Java 2D counts: it is counted as wide as
 * the system's font makes it, when that is wider, so a box is never too narrow for it.
 */
final class GlyphAdvances {
    private static final int BLOCK_BITS = 7;
    private static final int BLOCK_SIZE = 1 << BLOCK_BITS;
    private static final Map<FontSpec, GlyphAdvances> FONTS = new ConcurrentHashMap<>();

    private final Font font;
    private final Font fallback;
    private final FontRenderContext context;
    private final AtomicReferenceArray<float[]> blocks = new AtomicReferenceArray<>(0x10000 >> BLOCK_BITS);

    private GlyphAdvances(Font font, Font fallback, FontRenderContext context) {
        this.font = font;
        this.fallback = fallback;
        this.context = context;
    }

    static GlyphAdvances of(FontSpec spec, FontRenderContext context) {
        GlyphAdvances known = FONTS.get(spec);
        return known != null ? known : FONTS.computeIfAbsent(spec, s -> new GlyphAdvances(AwtFonts.of(s), AwtFonts.fallback(s), context));
    }

    /** The width of {@code text[start, end)}, or NaN when Java 2D would shape it rather than add up its advances. */
    float width(String text, int start, int end) {
        float width = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x0300 && !isSimple(c)) {
                return Float.NaN;
            }
            float[] block = blocks.get(c >> BLOCK_BITS);
            if (block == null) {
                block = measureBlock(c >> BLOCK_BITS);
            }
            width += block[c & (BLOCK_SIZE - 1)];
        }
        return width;
    }

    private float[] measureBlock(int index) {
        float[] block = new float[BLOCK_SIZE];
        char[] one = new char[1];
        for (int k = 0; k < BLOCK_SIZE; k++) {
            char c = (char) ((index << BLOCK_BITS) + k);
            if (isSimple(c)) {
                one[0] = c;
                // As wide as Java 2D counts this character inside any simple text: a float.
                block[k] = (float) font.getStringBounds(one, 0, 1, context).getWidth();
                if (c >= 0x0370 && !font.canDisplay(c) && hasGlyphElsewhere(c)) {
                    block[k] = Math.max(block[k], (float) fallback.getStringBounds(one, 0, 1, context).getWidth());
                }
            }
        }
        // Two threads may both measure a block; they find the same widths and one is kept.
        blocks.compareAndSet(index, null, block);
        return blocks.get(index);
    }

    /**
     * Whether a system font may draw this character where the face cannot: not for characters no
     * font draws. Asking the system's font first reads every font installed (a second or more,
     * cold), so it is asked only for text that needs it, as Chinese does.
     */
    private static boolean hasGlyphElsewhere(char c) {
        int type = Character.getType(c);
        return type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.CONTROL
                && type != Character.FORMAT && type != Character.SURROGATE;
    }

    /**
     * Whether Java 2D measures this character by its advance alone, wherever it stands. Outside
     * these ranges it lays out the whole text (combining diacritics, Hebrew, Arabic, the Indic
     * scripts, Thai, Tibetan, Myanmar, old Hangul, Khmer, joiners, direction marks) or sees half
     * of a surrogate pair; this keeps clear of all of them, and a little more, to be safe.
     */
    static boolean isSimple(char c) {
        if (c < 0x0300) {
            return true;
        }
        if (c < 0x0370) {
            return false; // combining diacritical marks
        }
        if (c < 0x0590) {
            return true; // Greek, Cyrillic, Armenian
        }
        if (c < 0x1E00) {
            return false;
        }
        if (c < 0x2000) {
            return true; // Latin and Greek extended
        }
        if (c >= 0x200B && c <= 0x200F || c >= 0x2028 && c <= 0x202E || c >= 0x2060 && c <= 0x206F) {
            return false; // zero-width joiners, direction marks and embeddings
        }
        return c < 0xD800 || c >= 0xE000 && c <= 0xFFFD;
    }
}
