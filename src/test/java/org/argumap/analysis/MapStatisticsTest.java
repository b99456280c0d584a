package org.argumap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Test;

class MapStatisticsTest {

    @Test
    void anEmptyMapCountsNothing() {
        assertEquals(new MapStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), MapStatistics.of(new ArgumentMap()));
    }

    @Test
    void countsStatementsByKind() {
        MapStatistics stats = MapStatistics.of(TestMaps.debate().map);
        assertEquals(6, stats.statements());
        assertEquals(5, stats.claims());
        assertEquals(1, stats.evidence());
    }

    @Test
    void countsInferencesByType() {
        TestMaps maps = TestMaps.debate()
                .claim("s6", "Felines are the better pets, compared with dogs")
                .claim("s7", "What about fish?")
                .rephrase("i5", "s1", "s6")
                .reply("i6", "s1", "s7")
                .claim("s8", "Lovely weather today")
                .inference("i7", InferenceContent.of(InferenceType.OFF_TOPIC), "s1", "s8");
        MapStatistics stats = MapStatistics.of(maps.map);
        assertEquals(7, stats.inferences());
        assertEquals(2, stats.supports());
        assertEquals(1, stats.rephrases());
        assertEquals(1, stats.replies());
        assertEquals(1, stats.offTopic());
    }

    @Test
    void attacksIncludeUndercutsWhichAreAttacksOnInferences() {
        MapStatistics stats = MapStatistics.of(TestMaps.debate().map);
        assertEquals(2, stats.attacks(), "i3 on a claim and i4 on the step i1");
        assertEquals(1, stats.undercuts(), "only i4 targets an inference");
    }

    @Test
    void aSupportOfAnInferenceIsNoUndercut() {
        TestMaps maps = TestMaps.debate().claim("s6", "Surveys of owners are reliable").support("i5", "i2", "s6");
        MapStatistics stats = MapStatistics.of(maps.map);
        assertEquals(1, stats.undercuts());
        assertEquals(3, stats.supports());
    }

    @Test
    void linkedCountsInferencesWithTwoOrMorePremises() {
        TestMaps maps = TestMaps.debate().claim("s6", "a").claim("s7", "b").claim("s8", "c").attack("i5", "s2", "s6", "s7", "s8");
        assertEquals(2, MapStatistics.of(maps.map).linked(), "i1 with two premises, i5 with three");
    }

    @Test
    void authorsAreDistinctNonBlankAndTrimmed() {
        TestMaps maps = new TestMaps()
                .statement("s1", StatementContent.claim("one").withAuthor("Ann"))
                .statement("s2", StatementContent.claim("two").withAuthor(" Ann "))
                .statement("s3", StatementContent.claim("three").withAuthor("Bo"))
                .statement("s4", StatementContent.claim("four").withAuthor("   "))
                .statement("s5", StatementContent.claim("five"))
                .statement("s6", StatementContent.claim("six").withAuthor("ann"));
        // Inference authors are who drew a link, not who argued; they are not counted.
        maps.inference("i1", InferenceContent.of(InferenceType.SUPPORT).withAuthor("Cy"), "s1", "s2");
        assertEquals(3, MapStatistics.of(maps.map).authors(), "Ann, Bo and ann");
    }

    @Test
    void mainClaimsAreClaimsThatFeedNothing() {
        TestMaps maps = TestMaps.debate()
                .claim("s6", "A second thesis")
                .statement("e2", new StatementContent(StatementKind.EVIDENCE, "Unused source", "", "", List.of(),
                        "", "https://example.org", "", "", Map.of()));
        assertEquals(2, MapStatistics.of(maps.map).mainClaims(), "s1 and s6; evidence e2 is no claim");
    }
}
