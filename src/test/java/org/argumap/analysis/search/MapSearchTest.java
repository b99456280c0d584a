package org.argumap.analysis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Test;

/** Finding statements as a user of the search field expects to. */
class MapSearchTest {
    private final ArgumentMap map = new ArgumentMap();

    private void statement(String id, String text, String author, List<String> tags, String notes) {
        map.addStatement(id, new StatementContent(StatementKind.CLAIM, "", text, author, tags, notes, "", "", "",
                Map.of()));
    }

    private void link(String id, InferenceType type, String target, String... premises) {
        map.addInference(id, InferenceContent.of(type), List.of(premises), target);
    }

    /**
     * s1 main claim: r1 reason (with r1a below it), o1 objection (rebutted by b1, and undercut step by
     * u1), then e1 evidence for s1, p1 rephrasing.
     */
    private void debate() {
        statement("s1", "Zürich should build more housing", "Ana", List.of("housing"), "");
        statement("r1", "Rents in Zurich rose by half in ten years", "Ben", List.of("rent", "housing"), "");
        statement("r1a", "The city's own statistics say so", "Ben", List.of(), "check the 2024 figures");
        statement("o1", "Building destroys green space", "Cleo", List.of("environment"), "");
        statement("b1", "Housing can go up, not out", "Ana", List.of("housing"), "");
        statement("u1", "Green space is not what rents depend on", "Dan", List.of(), "");
        map.addStatement("e1", new StatementContent(StatementKind.EVIDENCE, "Wohnungsmarkt Zürich 2024",
                "Vacancy rate 0.07 %", "", List.of(), "", "https://stadt-zuerich.ch/markt", "“Very tight”", "",
                Map.of()));
        statement("p1", "Zurich needs more homes", "Ana", List.of(), "");
        link("i1", InferenceType.SUPPORT, "s1", "r1");
        link("i2", InferenceType.SUPPORT, "r1", "r1a");
        link("i3", InferenceType.ATTACK, "s1", "o1");
        link("i4", InferenceType.ATTACK, "o1", "b1");
        link("i5", InferenceType.ATTACK, "i3", "u1");
        link("i6", InferenceType.SUPPORT, "s1", "e1");
        link("i7", InferenceType.REPHRASE, "s1", "p1");
    }

    @Test
    void findsWordsWhateverTheirCaseAndAccents() {
        debate();
        MapSearch search = MapSearch.of(map);
        assertEquals(List.of("s1", "r1", "e1", "p1"), search.find(MapQuery.text("zurich")));
        assertEquals(List.of("s1", "r1", "e1", "p1"), search.find(MapQuery.text("ZÜRICH")));
        assertEquals(List.of("o1", "u1"), search.find(MapQuery.text("Green  SPACE")));
    }

    @Test
    void looksInNotesAuthorsTagsQuotesAndAddresses() {
        debate();
        MapSearch search = MapSearch.of(map);
        assertEquals(List.of("r1a"), search.find(MapQuery.text("2024 figures")));
        assertEquals(List.of("o1"), search.find(MapQuery.text("cleo")));
        assertEquals(List.of("o1"), search.find(MapQuery.text("#environment")));
        assertEquals(List.of("e1"), search.find(MapQuery.text("\"very tight\"")));
        assertEquals(List.of("e1"), search.find(MapQuery.text("stadt-zuerich")));
    }

    @Test
    void aPhraseDoesNotRunFromOneFieldIntoTheNext() {
        statement("s1", "ends with green", "Space Agency", List.of(), "");
        assertEquals(List.of(), MapSearch.of(map).find(MapQuery.text("green space")));
    }

    @Test
    void resultsComeInReadingOrderTopDown() {
        debate();
        MapSearch search = MapSearch.of(map);
        assertEquals(List.of("s1", "r1", "r1a", "o1", "b1", "u1", "e1", "p1"), search.find(MapQuery.NONE));
        assertEquals(0, search.position("s1"));
        assertEquals(2, search.position("r1a"));
        assertEquals(-1, search.position("nowhere"));
    }

    @Test
    void filtersByKindAsTheBoxIsLabelled() {
        debate();
        MapSearch search = MapSearch.of(map);
        assertEquals(List.of("o1"), search.find(MapQuery.NONE.withKinds(Set.of(BoxKind.OBJECTION))));
        assertEquals(List.of("b1"), search.find(MapQuery.NONE.withKinds(Set.of(BoxKind.REBUTTAL))));
        assertEquals(List.of("u1"), search.find(MapQuery.NONE.withKinds(Set.of(BoxKind.UNDERCUT))));
        assertEquals(List.of("e1"), search.find(MapQuery.NONE.withKinds(Set.of(BoxKind.EVIDENCE))));
        assertEquals(List.of("r1", "r1a"), search.find(MapQuery.NONE.withKinds(Set.of(BoxKind.REASON))),
                "evidence for a claim is labelled evidence, not reason");
        assertEquals(List.of("o1", "p1"),
                search.find(MapQuery.NONE.withKinds(Set.of(BoxKind.OBJECTION, BoxKind.REPHRASING))));
    }

    @Test
    void evidenceThatAttacksIsBothEvidenceAndAnObjection() {
        statement("s1", "Claim", "", List.of(), "");
        map.addStatement("e1", StatementContent.evidence("Counter-study", "It found the opposite", ""));
        link("i1", InferenceType.ATTACK, "s1", "e1");
        assertEquals(Set.of(BoxKind.EVIDENCE, BoxKind.OBJECTION), BoxKind.of(map, map.statement("e1")));
        assertEquals(List.of("e1"), MapSearch.of(map).find(MapQuery.NONE.withKinds(Set.of(BoxKind.OBJECTION))));
    }

    @Test
    void filtersByTagAndAuthorCombineWithTheWords() {
        debate();
        MapSearch search = MapSearch.of(map);
        assertEquals(List.of("s1", "r1", "b1"), search.find(MapQuery.NONE.withTags(Set.of("housing"))));
        assertEquals(List.of("s1", "r1", "o1", "b1"),
                search.find(MapQuery.NONE.withTags(Set.of("housing", "environment"))));
        assertEquals(List.of("s1", "b1", "p1"), search.find(MapQuery.NONE.withAuthors(Set.of("Ana"))));
        assertEquals(List.of("s1", "b1"),
                search.find(MapQuery.text("housing").withAuthors(Set.of("Ana")).withTags(Set.of("housing"))));
        assertEquals(List.of("p1"), search.find(MapQuery.text("zurich").withAuthors(Set.of("Ana"))
                .withKinds(Set.of(BoxKind.REPHRASING))));
    }

    @Test
    void listsTheMapsTagsAndAuthorsWithCounts() {
        debate();
        MapSearch search = MapSearch.of(map);
        assertEquals(List.of(new MapSearch.Facet("environment", 1), new MapSearch.Facet("housing", 3),
                new MapSearch.Facet("rent", 1)), search.tags());
        assertEquals(List.of(new MapSearch.Facet("Ana", 3), new MapSearch.Facet("Ben", 2),
                new MapSearch.Facet("Cleo", 1), new MapSearch.Facet("Dan", 1)), search.authors());
    }

    @Test
    void typingMoreLettersGivesTheSameAnswerAsAFreshSearch() {
        debate();
        MapSearch search = MapSearch.of(map);
        search.find(MapQuery.text("g"));
        search.find(MapQuery.text("gr"));
        assertEquals(MapSearch.of(map).find(MapQuery.text("green")), search.find(MapQuery.text("green")));
        assertEquals(MapSearch.of(map).find(MapQuery.text("gree")), search.find(MapQuery.text("gree")));
    }

    @Test
    void aNewSnapshotSeesEditsAndKeepsWhatDidNotChange() {
        debate();
        MapSearch before = MapSearch.of(map);
        map.updateStatement("u1", map.statement("u1").content().withText("Rents depend on supply"));
        MapSearch after = MapSearch.of(map, before);
        assertEquals(List.of(), after.find(MapQuery.text("green space is not")));
        assertEquals(List.of("u1"), after.find(MapQuery.text("supply")));
        assertEquals(List.of("o1"), after.find(MapQuery.text("green space")));
    }

    @Test
    void aSnapshotPatchedAfterTextEditsAnswersAsANewOne() {
        debate();
        MapSearch before = MapSearch.of(map);
        before.find(MapQuery.text("gre"));
        map.updateStatement("u1", map.statement("u1").content().withText("Greener rents").withTags(List.of("new")));
        map.updateStatement("s1", map.statement("s1").content().withKind(StatementKind.EVIDENCE));
        MapSearch patched = before.withChanged(map, List.of(map.statement("u1"), map.statement("s1")));
        MapSearch fresh = MapSearch.of(map);
        for (MapQuery query : List.of(MapQuery.text("green"), MapQuery.text("greener"), MapQuery.text("#new"),
                MapQuery.NONE.withKinds(Set.of(BoxKind.EVIDENCE)), MapQuery.NONE.withTags(Set.of("new")))) {
            assertEquals(fresh.find(query), patched.find(query), query.toString());
        }
        assertEquals(fresh.tags(), patched.tags());
        assertEquals(List.of("o1", "u1"), before.find(MapQuery.text("green")), "the old snapshot is unchanged");
    }

    @Test
    void aQueryOfSpacesIsNoQuery() {
        assertFalse(MapQuery.text("   ").isActive());
        assertTrue(MapQuery.text(" a ").isActive());
        assertTrue(MapQuery.NONE.withAuthors(Set.of("Ana")).isActive());
        assertSame(MapQuery.NONE.text(), "");
    }

    @Test
    void statementsInACircleComeAfterTheTreeAndEachOnlyOnce() {
        statement("top", "Top", "", List.of(), "");
        statement("a", "A", "", List.of(), "");
        statement("b", "B", "", List.of(), "");
        link("i1", InferenceType.SUPPORT, "b", "a");
        link("i2", InferenceType.SUPPORT, "a", "b");
        assertEquals(List.of("top", "a", "b"), ReadingOrder.of(map).stream().map(s -> s.id()).toList());
    }
}
