package org.argumap.render;

import java.util.Arrays;

/**
 * How wide a box's text column is: as narrow as its words allow without taking more lines, so a
 * short statement makes a compact box and a long text keeps the usual measure; wide enough for
 * its longest word, so no word is broken at full size; and wide enough that the first words of
 * its headline fit whole where the map is seen whole ({@link BoxStyle#OVERVIEW_ZOOM}). Within the
 * box's least and greatest width, in whole steps. See decision 12.
 *
 * <p>The words are split and measured once; the search for the width then counts lines over
 * their widths alone, as {@link TextWrapper} breaks them, so a box costs little more to measure
 * than to wrap.
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
        Words titleWords = Words.of(wrapper, title, BoxStyle.TITLE_FONT);
        Words bodyWords = Words.of(wrapper, body, BoxStyle.BODY_FONT);
        // The headline far out is in the same face, larger: text is measured unhinted, so its
        // widths grow in proportion and need not be measured again.
        Words headline = title.isBlank() ? bodyWords : titleWords;
        FontSpec headlineFont = title.isBlank() ? BoxStyle.BODY_FONT : BoxStyle.TITLE_FONT;
        double overview = BoxPainter.MIN_SUMMARY_HEADLINE_PX / BoxStyle.OVERVIEW_ZOOM / headlineFont.size();
        double words = Math.max(Math.max(titleWords.widest(), bodyWords.widest()),
                headline.widestOfFirst(OVERVIEW_WORDS) * overview);
        double narrowest = Math.max(least, Math.min(most, words));
        double usual = Math.max(narrowest, BoxStyle.TEXT_WIDTH);
        int titleLines = titleWords.lineCount(usual);
        int bodyLines = bodyWords.lineCount(usual);
        double chosen = usual;
        if (titleLines <= BoxStyle.MAX_TITLE_LINES && bodyLines <= BoxStyle.MAX_BODY_LINES) {
            // Text that is cut keeps the usual measure: narrower, it would show less of itself.
            double low = narrowest;
            for (int step = 0; step < SEARCH_STEPS && chosen - low > 1; step++) {
                double middle = (low + chosen) / 2;
                if (titleWords.lineCount(middle) == titleLines && bodyWords.lineCount(middle) == bodyLines) {
                    chosen = middle;
                } else {
                    low = middle;
                }
            }
            // The search stops a little wide of the lines; close up to the widest of them.
            chosen = Math.max(narrowest, Math.max(titleWords.widestLine(chosen), bodyWords.widestLine(chosen)));
        }
        double box = Math.ceil((chosen + 2 * BoxStyle.PADDING) / BoxStyle.WIDTH_STEP - 1e-9) * BoxStyle.WIDTH_STEP;
        return Math.max(BoxStyle.MIN_WIDTH, Math.min(BoxStyle.MAX_WIDTH, box)) - 2 * BoxStyle.PADDING;
    }

    /**
     * The widths of a text's words in order, a paragraph break marked by NaN, and the width of a
     * space: enough to break it into lines greedily, as {@link TextWrapper#wrap} does, for words
     * no wider than the line.
     */
    private record Words(double[] widths, int count, double space) {
        static Words of(TextWrapper wrapper, String text, FontSpec font) {
            String stripped = text.strip();
            double[] widths = new double[Math.max(4, stripped.length() / 4)];
            int count = 0;
            boolean first = true;
            WordScanner words = WordScanner.paragraphs(stripped);
            while (words.nextParagraph()) {
                if (!first && count > 0) {
                    widths = room(widths, count);
                    widths[count++] = Double.NaN;
                }
                first = false;
                while (words.nextWord()) {
                    widths = room(widths, count);
                    widths[count++] = wrapper.width(stripped, words.start(), words.end(), font);
                }
            }
            return new Words(widths, count, text.isBlank() ? 0 : wrapper.width(" ", font));
        }

        private static double[] room(double[] widths, int count) {
            return count < widths.length ? widths : Arrays.copyOf(widths, widths.length * 2);
        }

        double widest() {
            return widestOfFirst(count);
        }

        double widestOfFirst(int first) {
            double widest = 0;
            for (int k = 0; k < Math.min(first, this.count); k++) {
                widest = Double.isNaN(widths[k]) ? widest : Math.max(widest, widths[k]);
            }
            return widest;
        }

        /** The number of lines, breaking greedily at {@code maxWidth}. */
        int lineCount(double maxWidth) {
            int lines = 0;
            double line = -1;
            for (int k = 0; k < count; k++) {
                double width = widths[k];
                if (Double.isNaN(width)) {
                    line = -1;
                } else if (line >= 0 && line + space + width <= maxWidth) {
                    line += space + width;
                } else {
                    lines++;
                    line = width;
                }
            }
            return lines;
        }

        /** The widest of the lines, breaking as {@link #lineCount} does. */
        double widestLine(double maxWidth) {
            double widest = 0;
            double line = -1;
            for (int k = 0; k < count; k++) {
                double width = widths[k];
                if (Double.isNaN(width)) {
                    line = -1;
                } else if (line >= 0 && line + space + width <= maxWidth) {
                    line += space + width;
                } else {
                    line = width;
                }
                widest = Math.max(widest, line);
            }
            return widest;
        }
    }
}
