package org.argumap.model;

import java.util.List;
import java.util.Map;

/**
 * Everything a statement says, as one immutable value: editing a statement replaces its content,
 * which makes every edit a single event and every undo a single swap.
 *
 * @param kind   claim or evidence
 * @param title  a short name (Argdown's {@code [Title]}, an evidence source's title); may be empty
 * @param text   the proposition itself
 * @param author who put it forward; may be empty
 * @param tags   labels without the leading {@code #}
 * @param notes  the analyst's own remarks, not part of the argument
 * @param url    for evidence: where the source is
 * @param quote  for evidence: the quoted passage
 * @param date   for evidence: when the source appeared, as written (ISO 8601 preferred)
 * @param data   further key/value pairs kept for lossless exchange (Argdown {@code {data}}, scores)
 */
public record StatementContent(StatementKind kind, String title, String text, String author, List<String> tags,
                               String notes, String url, String quote, String date, Map<String, String> data) {

    public StatementContent {
        kind = kind == null ? StatementKind.CLAIM : kind;
        title = Attributes.text(title);
        text = Attributes.text(text);
        author = Attributes.text(author);
        tags = Attributes.list(tags);
        notes = Attributes.text(notes);
        url = Attributes.text(url);
        quote = Attributes.text(quote);
        date = Attributes.text(date);
        data = Attributes.data(data);
    }

    /** A claim with just this text. */
    public static StatementContent claim(String text) {
        return new StatementContent(StatementKind.CLAIM, "", text, "", List.of(), "", "", "", "", Map.of());
    }

    /** Evidence with a title and where to find it. */
    public static StatementContent evidence(String title, String text, String url) {
        return new StatementContent(StatementKind.EVIDENCE, title, text, "", List.of(), "", url, "", "", Map.of());
    }

    public StatementContent withKind(StatementKind value) {
        return new StatementContent(value, title, text, author, tags, notes, url, quote, date, data);
    }

    public StatementContent withTitle(String value) {
        return new StatementContent(kind, value, text, author, tags, notes, url, quote, date, data);
    }

    public StatementContent withText(String value) {
        return new StatementContent(kind, title, value, author, tags, notes, url, quote, date, data);
    }

    public StatementContent withAuthor(String value) {
        return new StatementContent(kind, title, text, value, tags, notes, url, quote, date, data);
    }

    public StatementContent withTags(List<String> value) {
        return new StatementContent(kind, title, text, author, value, notes, url, quote, date, data);
    }

    public StatementContent withNotes(String value) {
        return new StatementContent(kind, title, text, author, tags, value, url, quote, date, data);
    }

    public StatementContent withUrl(String value) {
        return new StatementContent(kind, title, text, author, tags, notes, value, quote, date, data);
    }

    public StatementContent withQuote(String value) {
        return new StatementContent(kind, title, text, author, tags, notes, url, value, date, data);
    }

    public StatementContent withDate(String value) {
        return new StatementContent(kind, title, text, author, tags, notes, url, quote, value, data);
    }

    public StatementContent withData(Map<String, String> value) {
        return new StatementContent(kind, title, text, author, tags, notes, url, quote, date, value);
    }
}
