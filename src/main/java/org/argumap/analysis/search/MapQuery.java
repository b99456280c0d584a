package org.argumap.analysis.search;

import java.util.Objects;
import java.util.Set;

/**
 * What to look for in a map: words, and filters by kind, tag and author. A statement matches
 * when its text (with its title, notes, author, tags, and for evidence its quote and address)
 * contains the words, ignoring case and accents (see {@link SearchText}), and it passes every
 * filter that is set: one of the chosen kinds, one of the chosen tags, one of the chosen authors.
 * An empty filter lets everything through; so does empty text.
 *
 * @param text    the words, as typed; matched as one phrase
 * @param kinds   the kinds of box to keep; empty for every kind
 * @param tags    the tags to keep (without {@code #}); empty for every statement, tagged or not
 * @param authors the authors to keep; empty for every statement
 */
public record MapQuery(String text, Set<BoxKind> kinds, Set<String> tags, Set<String> authors) {
    /** Looks for nothing: no statement is picked out or left out. */
    public static final MapQuery NONE = new MapQuery("", Set.of(), Set.of(), Set.of());

    public MapQuery {
        text = Objects.requireNonNullElse(text, "");
        kinds = Set.copyOf(kinds);
        tags = Set.copyOf(tags);
        authors = Set.copyOf(authors);
    }

    /** Words only. */
    public static MapQuery text(String text) {
        return NONE.withText(text);
    }

    public MapQuery withText(String value) {
        return new MapQuery(value, kinds, tags, authors);
    }

    public MapQuery withKinds(Set<BoxKind> value) {
        return new MapQuery(text, value, tags, authors);
    }

    public MapQuery withTags(Set<String> value) {
        return new MapQuery(text, kinds, value, authors);
    }

    public MapQuery withAuthors(Set<String> value) {
        return new MapQuery(text, kinds, tags, value);
    }

    /** The same words, without filters. */
    public MapQuery withoutFilters() {
        return new MapQuery(text, Set.of(), Set.of(), Set.of());
    }

    /** The text as matched: folded; empty when the user typed nothing but spaces. */
    public String foldedText() {
        return SearchText.fold(text);
    }

    public boolean hasText() {
        return !foldedText().isEmpty();
    }

    public boolean hasFilters() {
        return !kinds.isEmpty() || !tags.isEmpty() || !authors.isEmpty();
    }

    /** Whether the query picks anything out: words to find or a filter set. */
    public boolean isActive() {
        return hasText() || hasFilters();
    }

    /** How many filters are set, for the filter button's label. */
    public int filterCount() {
        return kinds.size() + tags.size() + authors.size();
    }

    /**
     * Whether every statement this query matches is matched by {@code wider} as well: the same
     * filters and words that extend the wider query's words. Typing one more letter narrows, so
     * the search need only look among the statements the previous one found.
     */
    public boolean narrows(MapQuery wider) {
        return kinds.equals(wider.kinds) && tags.equals(wider.tags) && authors.equals(wider.authors)
                && foldedText().contains(wider.foldedText());
    }
}
