package org.argumap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;

/**
 * The array-based search finds the same circles as the JGraphT search it replaced, and words them
 * the same: the same parts, the same quoted circle (the earliest support, the shortest way back,
 * the first edge found on it), the same ids in the same order. Maps with linked premises, parallel
 * supports and rephrases both ways, so that ties in the search are met often.
 */
class CircularReasoningAgreementProperties {
    private static final int STATEMENTS = 9;

    record Link(List<Integer> premises, int target, InferenceType type) {
    }

    @Provide
    Arbitrary<List<Link>> links() {
        Arbitrary<Integer> statement = Arbitraries.integers().between(0, STATEMENTS - 1);
        Arbitrary<InferenceType> type = Arbitraries.of(InferenceType.SUPPORT, InferenceType.SUPPORT,
                InferenceType.SUPPORT, InferenceType.ATTACK, InferenceType.REPHRASE, InferenceType.REPLY);
        return Combinators.combine(statement.list().uniqueElements().ofMinSize(1).ofMaxSize(3), statement, type)
                .as(Link::new)
                .filter(link -> !link.premises().contains(link.target()))
                .list().ofMaxSize(30);
    }

    @Property(tries = 500)
    void sameProblemsAsTheJGraphTSearch(@ForAll("links") List<Link> links) {
        TestMaps maps = new TestMaps();
        for (int s = 0; s < STATEMENTS; s++) {
            maps.claim("s" + s, "Statement number " + s + " of the map");
        }
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            maps.inference("i" + i, InferenceContent.of(link.type()), "s" + link.target(),
                    link.premises().stream().map(p -> "s" + p).toArray(String[]::new));
        }
        assertEquals(new CircularReasoningReference(maps.map).find(), new CircularReasoning(maps.map).find(),
                links.toString());
    }
}
