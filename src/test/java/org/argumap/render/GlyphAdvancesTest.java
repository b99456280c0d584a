package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Widths added up from the table of advances are Java 2D's own widths: boxes are as large as
 * before the table, on screen and in every export, and wrap at the same words.
 */
class GlyphAdvancesTest {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final List<FontSpec> FONTS = List.of(BoxStyle.TITLE_FONT, BoxStyle.BODY_FONT, BoxStyle.SOURCE_FONT,
            BoxStyle.AUTHOR_FONT, FontSpec.bold(30), FontSpec.regular(7.5));
    /** Latin, accents, digits, punctuation, Greek, Cyrillic, typographic quotes and dashes: all in the bundled face. */
    private static final String DRAWN_BY_THE_FACE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + " .,;:!?'\"()[]{}<>@#$%^&*_-+=/\\|~`§°±×÷éèêëàâäçñöüßÆØÅŒœŁłİıǅ"
            + "αβγδεζηθΩΣΠ абвгдежзЖЩЯ “”‘’–—…•€£¥‰™";

    private final AwtTextMeasure measure = new AwtTextMeasure();

    @Test
    void textTheFaceDrawsMeasuresExactlyAsJava2DMeasuresIt() {
        Random random = new Random(7);
        for (int k = 0; k < 2_000; k++) {
            String text = randomText(random, DRAWN_BY_THE_FACE, 1 + random.nextInt(60));
            for (FontSpec font : FONTS) {
                assertEquals(java2d(text, font), measure.width(text, font), 0, "\"" + text + "\" in " + font);
            }
        }
    }

    @Test
    void aPartOfATextMeasuresAsThatPartAlone() {
        String text = "Pupils learn more — when they choose.";
        for (int start = 0; start < text.length(); start += 3) {
            for (int end = start; end <= text.length(); end += 5) {
                assertEquals(java2d(text.substring(start, end), BoxStyle.BODY_FONT),
                        measure.width(text, start, end, BoxStyle.BODY_FONT), 0, start + ".." + end);
            }
        }
    }

    @Test
    void textJava2DShapesIsMeasuredByJava2D() {
        // Combining accents, Arabic, Hebrew, a joiner, an emoji beyond the first plane.
        for (String text : List.of("e\u0301te\u0301", "مرحبا بالعالم", "שלום", "a\u200Db", "ok 😀 ok", "mixed ﻻ and Latin")) {
            for (FontSpec font : FONTS) {
                assertTrue(measure.width(text, font) >= java2d(text, font), "\"" + text + "\" in " + font);
            }
        }
    }

    @Test
    void aCharacterTheFaceLacksIsAtLeastAsWideAsItsEmptyBox() {
        for (FontSpec font : FONTS) {
            for (String text : List.of("中文", "日本語のテキスト", "한국어")) {
                assertTrue(measure.width(text, font) >= java2d(text, font), "\"" + text + "\" in " + font);
                assertEquals(measure.width(text, font), measure.width(text.substring(0, 1), font)
                        + measure.width(text, 1, text.length(), font), 1e-3, "adds up: " + text);
            }
        }
    }

    @Test
    void theTableKeepsToCharactersJava2DAddsUp() {
        assertTrue(GlyphAdvances.isSimple('a') && GlyphAdvances.isSimple('ж') && GlyphAdvances.isSimple('中')
                && GlyphAdvances.isSimple('…'));
        for (char c : new char[] {'\u0301', '\u05D0', '\u0627', '\u0915', '\u0E01', '\u200D', '\u202E', '\uD83D', '\uDE00'}) {
            assertTrue(!GlyphAdvances.isSimple(c), Integer.toHexString(c));
        }
    }

    private static double java2d(String text, FontSpec font) {
        Font awt = AwtFonts.of(font);
        return text.isEmpty() ? 0 : awt.getStringBounds(text, CONTEXT).getWidth();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
