package org.argumap.render;

/**
 * How wide text is and how high its lines stand, in map units, for wrapping and placing text.
 * Drawing places text by its baseline from these numbers, so every backend puts a line at the
 * same place.
 */
public interface TextMeasure {
    double width(String text, FontSpec font);

    /** The width of {@code text.substring(start, end)}, which a measure may find without making that string. */
    default double width(String text, int start, int end, FontSpec font) {
        return width(text.substring(start, end), font);
    }

    /** From the top of a line to its baseline. */
    double ascent(FontSpec font);

    /** From the baseline to the bottom of a line. */
    double descent(FontSpec font);
}
