package org.argumap.text;

import java.util.LinkedHashMap;
import java.util.Map;
import org.argumap.model.StatementContent;

/**
 * Whether a statement's text is Markdown, kept in its {@code data} as {@code "markup": "markdown"}.
 * Only readers of formats whose texts are Markdown (comment threads, Kialo) set it, so a map typed
 * by hand keeps a literal {@code *} or {@code [1]} as it is. The mark lives on each statement, not
 * on the map: a moderator's own statements in an imported thread are plain text, and a statement
 * pasted into another map takes its mark along.
 */
public final class Markup {
    /** The data key. */
    public static final String KEY = "markup";
    /** Its value for CommonMark text. */
    public static final String MARKDOWN = "markdown";

    private Markup() {
    }

    public static boolean isMarkdown(StatementContent content) {
        return MARKDOWN.equals(content.data().get(KEY));
    }

    /** {@code data} with the Markdown mark added, as a new map. */
    public static Map<String, String> markdown(Map<String, String> data) {
        Map<String, String> marked = new LinkedHashMap<>(data);
        marked.put(KEY, MARKDOWN);
        return marked;
    }
}
