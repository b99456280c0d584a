package org.argumap.analysis.search;

import java.util.ArrayList;
import java.util.Collection;
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
 * whose content did not change, or only patched when just what statements say changed. A query that only narrows the previous one (one more letter
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
    private List<Facet> tags;
    private List<Facet> authors;
    private Memo memo;

    /** A tag or an author, and how many statements carry it. */
    public record Facet(String name, int count) {
    }

    /** The last query answered and the positions it matched. */
    private record Memo(MapQuery query, int[] positions, int count) {
    }

    private MapSearch(MapWalk walk, Map<StatementContent, String> folded, FoldedTexts ahead) {
        List<Statement> order = ReadingOrder.of(walk);
        int n = order.size();
        ids = new String[n];
        contents = new StatementContent[n];
        haystacks = new String[n];
        kinds = new int[n];
        positions = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Statement statement = order.get(i);
            StatementContent content = statement.content();
            ids[i] = statement.id();
            contents[i] = content;
            String haystack = folded.get(content);
            if (haystack == null) {
                haystack = ahead.get(content);
            }
            haystacks[i] = haystack != null ? haystack : haystack(content);
            kinds[i] = BoxKind.bits(BoxKind.of(walk.role(statement), statement.kind()));
            positions.put(statement.id(), i);
        }
    }

    /** A copy of another snapshot, its arrays copied so that entries can change; the order is shared. */
    private MapSearch(MapSearch other) {
        ids = other.ids;
        positions = other.positions;
        contents = other.contents.clone();
        haystacks = other.haystacks.clone();
        kinds = other.kinds.clone();
    }

    /** The map as it is now. */
    public static MapSearch of(ArgumentMap map) {
        return new MapSearch(new MapWalk(map), Map.of(), FoldedTexts.NONE);
    }

    /** The map as it is now, folding again only the statements whose content changed since {@code previous}. */
    public static MapSearch of(ArgumentMap map, MapSearch previous) {
        return of(map, previous, FoldedTexts.NONE);
    }

    /** As {@link #of(ArgumentMap, MapSearch)}, taking the texts folded ahead where they are ready. */
    public static MapSearch of(ArgumentMap map, MapSearch previous, FoldedTexts ahead) {
        if (previous == null) {
            return new MapSearch(new MapWalk(map), Map.of(), ahead);
        }
        Map<StatementContent, String> folded = new IdentityHashMap<>(previous.contents.length * 2);
        for (int i = 0; i < previous.contents.length; i++) {
            folded.put(previous.contents[i], previous.haystacks[i]);
        }
        return new MapSearch(new MapWalk(map), folded, ahead);
    }

    /**
     * This snapshot after edits that changed only what some statements say (their text, tags,
     * kind…), not how the map hangs together: the order stays, those entries are made again. For
     * typing into a box of a large map while a search is active.
     *
     * @param changed statements of {@code map} that were in this snapshot
     */
    public MapSearch withChanged(ArgumentMap map, Collection<Statement> changed) {
        MapSearch next = new MapSearch(this);
        for (Statement statement : changed) {
            int i = position(statement.id());
            if (i < 0) {
                throw new IllegalArgumentException(statement.id() + " is not in this search's snapshot");
            }
            next.contents[i] = statement.content();
            next.haystacks[i] = haystack(statement.content());
            next.kinds[i] = BoxKind.bits(BoxKind.of(map, statement));
        }
        return next;
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
        if (tags == null) {
            Map<String, Integer> counts = new HashMap<>();
            for (StatementContent content : contents) {
                for (String tag : content.tags()) {
                    counts.merge(tag, 1, Integer::sum);
                }
            }
            tags = facets(counts);
        }
        return tags;
    }

    /** Everyone named as an author in the map, with how many statements they put forward, alphabetically. */
    public List<Facet> authors() {
        if (authors == null) {
            Map<String, Integer> counts = new HashMap<>();
            for (StatementContent content : contents) {
                if (!content.author().isBlank()) {
                    counts.merge(content.author(), 1, Integer::sum);
                }
            }
            authors = facets(counts);
        }
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
    static String haystack(StatementContent content) {
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
