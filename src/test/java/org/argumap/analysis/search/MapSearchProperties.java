package org.argumap.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;

/**
 * The search against its definition on random maps: it finds exactly the statements with a field
 * that contains the words (ignoring case and accents) and that pass the filters, in reading order;
 * filters and further words only ever narrow; and narrowing from the last answer changes nothing.
 * The expected answers come from {@link PlainSearch}, written for the test without the search's own
 * folding, kinds or reading order, so that the search is not checked against itself.
 */
class MapSearchProperties {
    private static final List<String> WORDS = List.of("Zürich", "zurich", "rent", "Rent’s", "green", "GREEN",
            "space", "naïve", "café", "cafe", "Œuvre", "housing", "–", "“quoted”");
    private static final List<String> TAGS = List.of("a", "b", "c");
    private static final List<String> AUTHORS = List.of("", "Ana", "Ben", "Çelik");

    /** One statement: its words, tags, author, notes, and what it links to (an earlier statement). */
    record Spec(List<String> words, List<String> tags, String author, String notes, boolean evidence, int parent,
                InferenceType type) {
    }

    @Provide
    Arbitrary<List<Spec>> maps() {
        Arbitrary<List<String>> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<String>> tags = Arbitraries.of(TAGS).set().ofMaxSize(2).map(List::copyOf);
        Arbitrary<String> author = Arbitraries.of(AUTHORS);
        Arbitrary<String> notes = Arbitraries.of("", "", "see green space", "Zürich note");
        Arbitrary<Boolean> evidence = Arbitraries.of(false, false, true);
        Arbitrary<Integer> parent = Arbitraries.integers().between(-1, 11);
        Arbitrary<InferenceType> type = Arbitraries.of(InferenceType.values());
        return Combinators.combine(words, tags, author, notes, evidence, parent, type).as(Spec::new)
                .list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<MapQuery> queries() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.of("", " ", "zur", "ZURICH", "rent's", "green sp",
                        "cafe", "CAFÉ", "oeuvre", "naive", "-", "\"quoted\"", "#a", "ana", "celik", "note"),
                Arbitraries.of(WORDS));
        Arbitrary<Set<BoxKind>> kinds = Arbitraries.of(BoxKind.values()).set().ofMaxSize(3);
        Arbitrary<Set<String>> tags = Arbitraries.of(TAGS).set().ofMaxSize(2);
        Arbitrary<Set<String>> authors = Arbitraries.of(AUTHORS).set().ofMaxSize(2);
        return Combinators.combine(text, kinds, tags, authors).as(MapQuery::new);
    }

    @Property
    void findsExactlyWhatMatchesInReadingOrder(@ForAll("maps") List<Spec> specs, @ForAll("queries") MapQuery query) {
        ArgumentMap map = build(specs);
        assertEquals(PlainSearch.find(map, query), MapSearch.of(map).find(query));
    }

    @Property
    void everyResultContainsTheWords(@ForAll("maps") List<Spec> specs, @ForAll("queries") MapQuery query) {
        ArgumentMap map = build(specs);
        for (String id : MapSearch.of(map).find(query)) {
            assertTrue(PlainSearch.containsWords(map.statement(id).content(), query.text()),
                    id + " should contain " + query.text());
        }
    }

    @Property
    void theReadingOrderIsThePlainWalk(@ForAll("maps") List<Spec> specs) {
        ArgumentMap map = build(specs);
        assertEquals(ids(PlainSearch.readingOrder(map)), ids(ReadingOrder.of(map)));
    }

    @Property
    void eachBoxIsListedUnderTheKindsOfItsLabel(@ForAll("maps") List<Spec> specs) {
        ArgumentMap map = build(specs);
        for (Statement statement : map.statements()) {
            assertEquals(PlainSearch.kinds(map, statement), BoxKind.of(map, statement), statement.id());
        }
    }

    @Example
    void theVocabularyFoldsAsWrittenByHand() {
        PlainSearch.vocabulary().forEach((text, folded) -> assertEquals(folded, SearchText.fold(text), text));
    }

    @Property
    void filtersAndMoreWordsOnlyNarrow(@ForAll("maps") List<Spec> specs, @ForAll("queries") MapQuery query,
                                       @ForAll("queries") MapQuery other) {
        MapSearch search = MapSearch.of(build(specs));
        Set<String> wide = new HashSet<>(search.find(query));
        List<MapQuery> narrower = new ArrayList<>();
        if (query.kinds().isEmpty()) {
            narrower.add(query.withKinds(other.kinds()));
        }
        if (query.tags().isEmpty()) {
            narrower.add(query.withTags(other.tags()));
        }
        if (query.authors().isEmpty()) {
            narrower.add(query.withAuthors(other.authors()));
        }
        narrower.add(query.withText(query.text() + "e"));
        narrower.add(query.withText("x" + query.text()));
        for (MapQuery narrow : narrower) {
            assertTrue(wide.containsAll(search.find(narrow)), narrow + " found more than " + query);
        }
    }

    @Property
    void answersDoNotDependOnTheQueriesBefore(@ForAll("maps") List<Spec> specs,
                                              @ForAll("queries") MapQuery first, @ForAll("queries") MapQuery second) {
        ArgumentMap map = build(specs);
        MapSearch typed = MapSearch.of(map);
        typed.find(first);
        typed.find(first.withText(first.text() + "a"));
        assertEquals(MapSearch.of(map).find(second), typed.find(second));
    }

    @Property
    void readingOrderListsEveryStatementOnce(@ForAll("maps") List<Spec> specs) {
        ArgumentMap map = build(specs);
        List<Statement> order = ReadingOrder.of(map);
        assertEquals(map.statements().size(), order.size());
        assertEquals(new HashSet<>(map.statements()), new HashSet<>(order));
    }

    @Property
    void theQuickWalkAnswersAsTheMapDoes(@ForAll("maps") List<Spec> specs) {
        ArgumentMap map = build(specs);
        MapWalk walk = new MapWalk(map);
        for (Statement statement : map.statements()) {
            assertEquals(map.roleOf(statement), walk.role(statement), statement.id());
            List<Inference> out = map.inferencesFrom(statement);
            assertEquals(out.isEmpty() ? null : out.get(0), walk.firstOut(statement), statement.id());
            assertEquals(map.inferencesInto(statement), walk.into(statement), statement.id());
        }
        for (Inference inference : map.inferences()) {
            assertEquals(map.inferencesInto(inference), walk.into(inference), inference.id());
        }
    }

    @Property
    void foldingIgnoresCaseAndAccentsAndIsIdempotent(@ForAll String text) {
        String folded = SearchText.fold(text);
        assertEquals(folded, SearchText.fold(folded));
        assertEquals(folded, SearchText.fold(text.toUpperCase(java.util.Locale.ROOT).toLowerCase(java.util.Locale.ROOT)));
    }

    @Property
    void aPieceOfATextIsFoundInItHoweverItIsCapitalisedOrAccented(@ForAll("maps") List<Spec> specs,
                                                                   @ForAll int from, @ForAll int length) {
        String text = String.join(" ", specs.get(0).words());
        int start = Math.floorMod(from, text.length());
        int end = start + Math.floorMod(length, text.length() - start + 1);
        String piece = text.substring(start, end);
        assertTrue(SearchText.contains(text, piece));
        assertTrue(SearchText.contains(text, piece.toUpperCase(java.util.Locale.ROOT)));
        assertTrue(SearchText.contains(text.replace('e', 'é').replace('u', 'ü'), piece));
    }

    private static List<String> ids(List<Statement> statements) {
        return statements.stream().map(Statement::id).toList();
    }

    /**
     * Statement i may hang from an earlier one; every fifth link becomes an undercut of the previous
     * link; every fourth statement also bears on the first one by a second link (a cross link); and
     * every seventh joins the previous link as a co-premise.
     */
    private static ArgumentMap build(List<Spec> specs) {
        ArgumentMap map = new ArgumentMap();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            map.addStatement("s" + i, new StatementContent(spec.evidence() ? StatementKind.EVIDENCE : StatementKind.CLAIM,
                    "", String.join(" ", spec.words()), spec.author(), spec.tags(), spec.notes(), "", "", "", Map.of()));
        }
        String lastInference = null;
        for (int i = 1; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            if (spec.parent() < 0) {
                continue;
            }
            String id = "i" + i;
            if (i % 5 == 0 && lastInference != null) {
                map.addInference(id, InferenceContent.of(InferenceType.ATTACK), List.of("s" + i), lastInference);
            } else if (i % 7 == 0 && lastInference != null
                    && !map.inference(lastInference).target().id().equals("s" + i)) {
                map.addPremise(lastInference, "s" + i, 0);
                continue;
            } else {
                int parent = spec.parent() % i;
                map.addInference(id, InferenceContent.of(spec.type()), List.of("s" + i), "s" + parent);
            }
            lastInference = id;
            if (i % 4 == 3 && map.inferencesFrom(map.statement("s" + i)).stream()
                    .noneMatch(inference -> inference.target().id().equals("s0"))) {
                map.addInference("x" + i, InferenceContent.of(InferenceType.ATTACK), List.of("s" + i), "s0");
            }
        }
        return map;
    }
}
