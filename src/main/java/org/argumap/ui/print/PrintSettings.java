package org.argumap.ui.print;

import org.argumap.render.picture.PageSize;

/**
 * How a map is printed: on which paper, fitted onto one page or tiled at print size, and in the
 * print style (white ground, attacks dashed) or the colours on screen.
 */
public record PrintSettings(PageSize paper, boolean tiled, boolean printStyle) {
    public static final PrintSettings DEFAULT = new PrintSettings(PageSize.A4, false, true);
}
