package org.argumap.analysis.summary;

import java.util.List;
import java.util.Objects;

/**
 * One comment as the summary names it.
 *
 * @param statementId the statement it stands for
 * @param text        the comment's words, as written (the writer shortens and escapes them)
 * @param authors     who wrote it; several for what was said several times
 * @param url         the comment's address stored at import, or empty
 * @param score       the site's score, or null where the site gave none
 * @param strength    its strength in the map's evaluation, 0 to 1
 */
public record SummaryItem(String statementId, String text, List<String> authors, String url, Long score,
                          double strength) {
    public SummaryItem {
        Objects.requireNonNull(statementId);
        text = text == null ? "" : text;
        authors = List.copyOf(authors);
        url = url == null ? "" : url;
    }

    /** How many times it was said: one per author, at least once. */
    public int times() {
        return Math.max(1, authors.size());
    }
}
