package org.argumap.analysis.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * One map's statements made ready for searching: in reading order (see {@link ReadingOrder}), each
 * with its searchable text already folded, its kinds, tags and author. Answers a {@link MapQuery}
 * with the ids of the matching statements in reading order, so stepping through them goes
 * top-down through the map.
 *
 * <p>A snapshot: built again after the map changes, reusing the folded text of every statement
 * whose content did not change. A query that only narrows the previous one (one more letter
 * typed) looks only among the previous matches, so typing into the search field stays quick on a
 * map of a hundred thousand statements. Not thread-safe.
 */
public final class MapSearch {
    /** Between fields, so that a phrase never matches across the end of one and the start of the next. */
    private static final char FIELD_BREAK = '\n';

    private final String[] ids;
    private final StatementContent[] contents;
    private final String[] haystacks;
    private final int[] kinds;
    private final Map<String, Integer> positions;
    private final List<Facet> tags;
    private final List<Facet> authors;
    private Memo memo;

    /** A tag or an author, and how many statements carry it. */
    public record Facet(String name, int count) {
    }

    /** The last query answered and the positions it matched. */
    private record Memo(MapQuery query, int[] positions, int count) {
    }

    private MapSearch(List<Statement> order, ArgumentMap map, Map<StatementContent, String> folded) {
        int n = order.size();
        ids = new String[n];
        contents = new StatementContent[n];
        haystacks = new String[n];
        kinds = new int[n];
        positions = new HashMap<>(n * 2);
        Map<String, Integer> tagCounts = new HashMap<>();
        Map<String, Integer> authorCounts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Statement statement = order.get(i);
            StatementContent content = statement.content();
            ids[i] = statement.id();
            contents[i] = content;
            String haystack = folded.get(content);
            haystacks[i] = haystack != null ? haystack : haystack(content);
            kinds[i] = BoxKind.bits(BoxKind.of(map, statement));
            positions.put(statement.id(), i);
            for (String tag : content.tags()) {
                tagCounts.merge(tag, 1, Integer::sum);
            }
            if (!content.author().isBlank()) {
                authorCounts.merge(content.author(), 1, Integer::sum);
            }
        }
        tags = facets(tagCounts);
        authors = facets(authorCounts);
    }

    /** The map as it is now. */
    public static MapSearch of(ArgumentMap map) {
        return new MapSearch(ReadingOrder.of(map), map, Map.of());
    }

    /** The map as it is now, folding again only the statements whose content changed since {@code previous}. */
    public static MapSearch of(ArgumentMap map, MapSearch previous) {
        if (previous == null) {
            return of(map);
        }
        Map<StatementContent, String> folded = new IdentityHashMap<>(previous.contents.length * 2);
        for (int i = 0; i < previous.contents.length; i++) {
            folded.put(previous.contents[i], previous.haystacks[i]);
        }
        return new MapSearch(ReadingOrder.of(map), map, folded);
    }

    /** The ids of the statements that match, in reading order; every statement for an inactive query. */
    public List<String> find(MapQuery query) {
        boolean narrower = memo != null && query.narrows(memo.query());
        int[] candidates = narrower ? memo.positions() : null;
        int count = narrower ? memo.count() : ids.length;
        int[] found = new int[count];
        int matches = 0;
        String text = query.foldedText();
        int wantedKinds = BoxKind.bits(query.kinds());
        for (int c = 0; c < count; c++) {
            int i = candidates == null ? c : candidates[c];
            if (matches(i, query, text, wantedKinds)) {
                found[matches++] = i;
            }
        }
        memo = new Memo(query, found, matches);
        List<String> result = new ArrayList<>(matches);
        for (int m = 0; m < matches; m++) {
            result.add(ids[found[m]]);
        }
        return result;
    }

    /** How many statements the map has. */
    public int size() {
        return ids.length;
    }

    /** Where a statement comes in reading order, from 0; -1 if it is not in the map. */
    public int position(String statementId) {
        return positions.getOrDefault(statementId, -1);
    }

    /** Every tag in the map, with how many statements carry it, in alphabetical order. */
    public List<Facet> tags() {
        return tags;
    }

    /** Everyone named as an author in the map, with how many statements they put forward, alphabetically. */
    public List<Facet> authors() {
        return authors;
    }

    private boolean matches(int i, MapQuery query, String text, int wantedKinds) {
        if (wantedKinds != 0 && (kinds[i] & wantedKinds) == 0) {
            return false;
        }
        StatementContent content = contents[i];
        if (!query.authors().isEmpty() && !query.authors().contains(content.author())) {
            return false;
        }
        if (!query.tags().isEmpty() && content.tags().stream().noneMatch(query.tags()::contains)) {
            return false;
        }
        return text.isEmpty() || haystacks[i].contains(text);
    }

    /** Everything a reader could search a statement for, each field folded; tags also as {@code #tag}. */
    private static String haystack(StatementContent content) {
        StringBuilder all = new StringBuilder();
        for (String field : new String[] {content.title(), content.text(), content.author(), content.notes(),
                content.quote(), content.url()}) {
            if (!field.isEmpty()) {
                all.append(SearchText.fold(field)).append(FIELD_BREAK);
            }
        }
        for (String tag : content.tags()) {
            all.append('#').append(SearchText.fold(tag)).append(FIELD_BREAK);
        }
        return all.toString();
    }

    private static List<Facet> facets(Map<String, Integer> counts) {
        Map<String, Integer> sorted = new TreeMap<>(Comparator.comparing(SearchText::fold)
                .thenComparing(Comparator.naturalOrder()));
        sorted.putAll(counts);
        return sorted.entrySet().stream().map(e -> new Facet(e.getKey(), e.getValue())).toList();
    }
}
