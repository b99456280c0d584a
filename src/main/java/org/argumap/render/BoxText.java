package org.argumap.render;

import java.util.List;
import org.argumap.layout.Rect;

/**
 * The text of one statement's box, already broken into lines that fit, with the box height it
 * needs. Computed once per content and reused for every frame.
 *
 * @param titleLines the statement's title, in bold; may be empty
 * @param bodyLines  the statement's text
 * @param source     for evidence, where it comes from ("mander.xyz · 2025-01-03"), cut to one line; else empty
 * @param author     who put the statement forward, with an imported comment's score and day
 *                   ({@link CommentLine}), cut to one line; empty when there is nothing to say
 * @param headline   what the box says in a word when zoomed out: the title, or else the text
 * @param glance     the headline's first words, as far out boxes draw them ({@link Glance})
 * @param width      the width of the box its lines were wrapped for (see {@link TextColumn})
 * @param height     the height of that box
 */
public record BoxText(List<String> titleLines, List<String> bodyLines, String source, String author, String headline,
               String glance, double width, double height) {

    /** The width the lines were wrapped to, inside the box's padding. */
    public double column() {
        return width - 2 * BoxStyle.PADDING;
    }

    /**
     * Where the text starts in a box drawn at {@code box}: inside the padding, and centred as a
     * block when the layout made the box wider than the text (to receive its arrows apart).
     */
    public double left(Rect box) {
        return box.x() + BoxStyle.PADDING + Math.max(0, (box.width() - width) / 2);
    }

    /** Whether the headline is a title, drawn bold, rather than the statement's own words. */
    boolean headlineIsTitle() {
        return !titleLines.isEmpty();
    }
}
