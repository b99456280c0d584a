package org.argumap.render;

import java.util.List;

/**
 * The text of one statement's box, already broken into lines that fit, with the box height it
 * needs. Computed once per content and reused for every frame.
 *
 * @param titleLines the statement's title, in bold; may be empty
 * @param bodyLines  the statement's text
 * @param source     for evidence, where it comes from ("mander.xyz · 2025-01-03"), cut to one line; else empty
 * @param author     who put the statement forward, cut to one line; empty when there is no author
 * @param headline   what the box says in a word when zoomed out: the title, or else the text
 */
public record BoxText(List<String> titleLines, List<String> bodyLines, String source, String author, String headline,
               double height) {

    /** Whether the headline is a title, drawn bold, rather than the statement's own words. */
    boolean headlineIsTitle() {
        return !titleLines.isEmpty();
    }
}
