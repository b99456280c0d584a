package org.argumap.render;

import java.util.Arrays;

/**
 * How wide a box's text column is: as narrow as its words allow without taking more lines, so a
 * short statement makes a compact box and a long text keeps the usual measure; wide enough for
 * its longest word, so no word is broken at full size; and wide enough that the first words of
 * its headline fit whole where the map is seen whole ({@link BoxStyle#OVERVIEW_ZOOM}). Within the
 * box's least and greatest width, in whole steps. See decision 12.
 */
final class TextColumn {
    /** A headline far out is a handful of words; the ones after these are cut with "…" anyway. */
    private static final int OVERVIEW_WORDS = 6;
    /** Halvings of the range of widths that keep the lines: enough to land within a couple of units. */
    private static final int SEARCH_STEPS = 6;

    private TextColumn() {
    }

    /** The width of the text column for a box with this title and text (either may be empty). */
    static double widthFor(TextWrapper wrapper, String title, String body) {
        double least = BoxStyle.MIN_WIDTH - 2 * BoxStyle.PADDING;
        double most = BoxStyle.MAX_WIDTH - 2 * BoxStyle.PADDING;
        String headline = title.isEmpty() ? body : title;
        FontSpec overview = (title.isEmpty() ? BoxStyle.BODY_FONT : BoxStyle.TITLE_FONT)
                .withSize(BoxPainter.MIN_SUMMARY_HEADLINE_PX / BoxStyle.OVERVIEW_ZOOM);
        double words = Math.max(Math.max(wrapper.widestWord(title, BoxStyle.TITLE_FONT),
                wrapper.widestWord(body, BoxStyle.BODY_FONT)), wrapper.widestWord(firstWords(headline), overview));
        double narrowest = Math.max(least, Math.min(most, words));
        double usual = Math.max(narrowest, BoxStyle.TEXT_WIDTH);
        int titleLines = lineCount(wrapper, title, BoxStyle.TITLE_FONT, usual);
        int bodyLines = lineCount(wrapper, body, BoxStyle.BODY_FONT, usual);
        double chosen = usual;
        if (titleLines <= BoxStyle.MAX_TITLE_LINES && bodyLines <= BoxStyle.MAX_BODY_LINES) {
            // Text that is cut keeps the usual measure: narrower, it would show less of itself.
            double low = narrowest;
            for (int step = 0; step < SEARCH_STEPS && chosen - low > 1; step++) {
                double middle = (low + chosen) / 2;
                if (lineCount(wrapper, title, BoxStyle.TITLE_FONT, middle) == titleLines
                        && lineCount(wrapper, body, BoxStyle.BODY_FONT, middle) == bodyLines) {
                    chosen = middle;
                } else {
                    low = middle;
                }
            }
            // The search stops a little wide of the lines; close up to the widest of them.
            double widestLine = Math.max(
                    wrapper.widest(wrapper.wrap(title, BoxStyle.TITLE_FONT, chosen, Integer.MAX_VALUE), BoxStyle.TITLE_FONT),
                    wrapper.widest(wrapper.wrap(body, BoxStyle.BODY_FONT, chosen, Integer.MAX_VALUE), BoxStyle.BODY_FONT));
            chosen = Math.max(narrowest, widestLine);
        }
        double box = Math.ceil((chosen + 2 * BoxStyle.PADDING) / BoxStyle.WIDTH_STEP - 1e-9) * BoxStyle.WIDTH_STEP;
        return Math.max(BoxStyle.MIN_WIDTH, Math.min(BoxStyle.MAX_WIDTH, box)) - 2 * BoxStyle.PADDING;
    }

    private static int lineCount(TextWrapper wrapper, String text, FontSpec font, double width) {
        return text.isEmpty() ? 0 : wrapper.wrap(text, font, width, Integer.MAX_VALUE).size();
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+", OVERVIEW_WORDS + 1);
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(OVERVIEW_WORDS, words.length)));
    }
}
