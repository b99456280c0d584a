package org.argumap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, for drawing on a canvas, which cannot wrap by itself.
 * Words are found by scanning the characters ({@link WordScanner}) and measured in place, without
 * a string each: with {@link AwtTextMeasure} a word's width is a sum over a table of advances. Safe
 * to share between threads when its measure is, as {@link AwtTextMeasure} is.
 */
public final class TextWrapper {
    private static final String ELLIPSIS = "…";

    private final TextMeasure measure;

    public TextWrapper(TextMeasure measure) {
        this.measure = measure;
    }

    public TextMeasure measure() {
        return measure;
    }

    public double width(String text, FontSpec font) {
        return measure.width(text, font);
    }

    /** The width of {@code text.substring(start, end)}. */
    double width(String text, int start, int end, FontSpec font) {
        return measure.width(text, start, end, font);
    }

    /** The lines of {@code text} within {@code maxWidth}; at most {@code maxLines}, the last one cut with "…". */
    public List<String> wrap(String text, FontSpec font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        double space = width(" ", font);
        String stripped = text.strip();
        WordScanner words = WordScanner.paragraphs(stripped);
        StringBuilder line = new StringBuilder();
        while (words.nextParagraph()) {
            line.setLength(0);
            double lineWidth = 0;
            while (words.nextWord()) {
                int start = words.start();
                int end = words.end();
                double wordWidth = width(stripped, start, end, font);
                if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(stripped, start, end);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                if (wordWidth > maxWidth) {
                    // A URL or a very long word: break it by characters rather than overflow the box.
                    List<String> pieces = breakWord(stripped.substring(start, end), font, maxWidth);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    String last = pieces.get(pieces.size() - 1);
                    line.append(last);
                    lineWidth = width(last, font);
                } else {
                    line.append(stripped, start, end);
                    lineWidth = wordWidth;
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
        }
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, ellipsize(kept.get(maxLines - 1), font, maxWidth));
            return kept;
        }
        return lines;
    }

    /**
     * The lines of {@code text} within {@code maxWidth}, at most {@code maxLines}, made of whole
     * words only: where the next word does not fit, because the lines are used up or because the
     * word alone is wider than a line, the text stops before it and the last line ends in "…". For
     * text drawn far out, where a reader takes "Condition-al" for a typo but reads "Conditional, …"
     * as a headline cut short. Empty when not even the first word fits with its "…".
     */
    public List<String> wrapWhole(String text, FontSpec font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        double space = width(" ", font);
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        String stripped = text.strip();
        WordScanner words = WordScanner.paragraphs(stripped);
        while (words.nextParagraph()) {
            while (words.nextWord()) {
                int start = words.start();
                int end = words.end();
                double wordWidth = width(stripped, start, end, font);
                if (line.length() > 0 && lineWidth + space + wordWidth <= maxWidth) {
                    line.append(' ').append(stripped, start, end);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (wordWidth > maxWidth || line.length() > 0 && lines.size() + 1 >= maxLines) {
                    return cutShort(lines, line.toString(), font, maxWidth, maxLines);
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                line.append(stripped, start, end);
                lineWidth = wordWidth;
            }
            if (line.length() > 0) {
                if (lines.size() + 1 > maxLines) {
                    return cutShort(lines, "", font, maxWidth, maxLines);
                }
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
        }
        return lines;
    }

    /** The lines so far and the line in hand, the last of them ending in "…" after whole words. */
    private List<String> cutShort(List<String> lines, String current, FontSpec font, double maxWidth, int maxLines) {
        List<String> kept = new ArrayList<>(lines);
        if (!current.isEmpty()) {
            kept.add(current);
        }
        while (kept.size() > maxLines) {
            kept.remove(kept.size() - 1);
        }
        while (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            String candidate = withEllipsis(last);
            if (width(candidate, font) <= maxWidth) {
                kept.set(kept.size() - 1, candidate);
                return kept;
            }
            int space = last.lastIndexOf(' ');
            if (space < 0) {
                kept.remove(kept.size() - 1);
            } else {
                kept.set(kept.size() - 1, last.substring(0, space));
            }
        }
        return kept;
    }

    /** "Conditional, asymmetric…" rather than "Conditional, asymmetric,…": a stop or comma before the cut goes. */
    private static String withEllipsis(String line) {
        String trimmed = line.stripTrailing();
        while (!trimmed.isEmpty() && ",;:.".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
        }
        return trimmed + ELLIPSIS;
    }

    /** The text cut to fit the width, ending in "…" when something was cut. */
    public String ellipsize(String text, FontSpec font, double maxWidth) {
        String candidate = text + ELLIPSIS;
        int end = text.length();
        while (end > 0 && width(candidate, font) > maxWidth) {
            end--;
            candidate = text.substring(0, end).stripTrailing() + ELLIPSIS;
        }
        return candidate;
    }

    /** Single-line text, cut with "…" only when it does not fit. */
    public String fit(String text, FontSpec font, double maxWidth) {
        return width(text, font) <= maxWidth ? text : ellipsize(text, font, maxWidth);
    }

    /** Pieces that fit, each but the last ending in a hyphen so the reader sees the word goes on. */
    private List<String> breakWord(String word, FontSpec font, double maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = start + 1;
            while (end < word.length() && width(word.substring(start, end + 1) + "-", font) <= maxWidth) {
                end++;
            }
            pieces.add(end < word.length() ? word.substring(start, end) + "-" : word.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
