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
 * @param verdict the user's own judgement of the statement; {@link Verdict#OPEN} leaves it to the map
 * @param rating  how much the user trusts the statement, in percent (0 to 100), or {@link #UNRATED};
 *                for evidence this is how reliable the source is. The gradual evaluation takes it as
 *                the statement's base score.
 */
public record StatementContent(StatementKind kind, String title, String text, String author, List<String> tags,
                               String notes, String url, String quote, String date, Map<String, String> data,
                               Verdict verdict, int rating) {
    /** The rating of a statement nobody has rated. */
    public static final int UNRATED = -1;

    public StatementContent {
        verdict = verdict == null ? Verdict.OPEN : verdict;
        Percent.require(rating, "rating");
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

    /** Content without a judgement: open and unrated. */
    public StatementContent(StatementKind kind, String title, String text, String author, List<String> tags,
                            String notes, String url, String quote, String date, Map<String, String> data) {
        this(kind, title, text, author, tags, notes, url, quote, date, data, Verdict.OPEN, UNRATED);
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
        return new StatementContent(value, title, text, author, tags, notes, url, quote, date, data, verdict, rating);
    }

    public StatementContent withTitle(String value) {
        return new StatementContent(kind, value, text, author, tags, notes, url, quote, date, data, verdict, rating);
    }

    public StatementContent withText(String value) {
        return new StatementContent(kind, title, value, author, tags, notes, url, quote, date, data, verdict, rating);
    }

    public StatementContent withAuthor(String value) {
        return new StatementContent(kind, title, text, value, tags, notes, url, quote, date, data, verdict, rating);
    }

    public StatementContent withTags(List<String> value) {
        return new StatementContent(kind, title, text, author, value, notes, url, quote, date, data, verdict, rating);
    }

    public StatementContent withNotes(String value) {
        return new StatementContent(kind, title, text, author, tags, value, url, quote, date, data, verdict, rating);
    }

    public StatementContent withUrl(String value) {
        return new StatementContent(kind, title, text, author, tags, notes, value, quote, date, data, verdict, rating);
    }

    public StatementContent withQuote(String value) {
        return new StatementContent(kind, title, text, author, tags, notes, url, value, date, data, verdict, rating);
    }

    public StatementContent withDate(String value) {
        return new StatementContent(kind, title, text, author, tags, notes, url, quote, value, data, verdict, rating);
    }

    public StatementContent withData(Map<String, String> value) {
        return new StatementContent(kind, title, text, author, tags, notes, url, quote, date, value, verdict, rating);
    }

    public StatementContent withVerdict(Verdict value) {
        return new StatementContent(kind, title, text, author, tags, notes, url, quote, date, data, value, rating);
    }

    public StatementContent withRating(int value) {
        return new StatementContent(kind, title, text, author, tags, notes, url, quote, date, data, verdict, value);
    }

    /** Whether the user has judged or rated this statement. */
    public boolean isJudged() {
        return verdict != Verdict.OPEN || rating != UNRATED;
    }
}
