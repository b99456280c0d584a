package org.argumap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;

/**
 * The checker against a plain search on random maps: circular reasoning is reported exactly when
 * some support u → v can get back from v to u, moving along supports and either way along
 * rephrases; and the counts always add up.
 */
class CircularReasoningProperties {
    private static final int STATEMENTS = 7;

    record Link(int premise, int target, InferenceType type) {
    }

    @Provide
    Arbitrary<List<Link>> links() {
        Arbitrary<Integer> statement = Arbitraries.integers().between(0, STATEMENTS - 1);
        Arbitrary<InferenceType> type = Arbitraries.of(InferenceType.SUPPORT, InferenceType.SUPPORT,
                InferenceType.ATTACK, InferenceType.REPHRASE, InferenceType.REPLY);
        return Combinators.combine(statement, statement, type).as(Link::new)
                .filter(link -> link.premise() != link.target())
                .list().ofMaxSize(12);
    }

    @Property
    void circularReasoningIsFoundExactlyWhenASupportLeadsBackToItsPremise(@ForAll("links") List<Link> links) {
        TestMaps maps = build(links);
        boolean reported = MapChecker.check(maps.map).stream()
                .anyMatch(p -> p.code().equals(MapChecker.CIRCULAR_REASONING));
        assertEquals(hasCircle(links), reported, links.toString());
    }

    @Property
    void countsAddUp(@ForAll("links") List<Link> links) {
        MapStatistics stats = MapStatistics.of(build(links).map);
        assertEquals(stats.statements(), stats.claims() + stats.evidence());
        assertEquals(stats.inferences(), stats.supports() + stats.attacks() + stats.rephrases() + stats.replies() + stats.offTopic());
        assertEquals(links.size(), stats.inferences());
    }

    private static TestMaps build(List<Link> links) {
        TestMaps maps = new TestMaps();
        for (int s = 0; s < STATEMENTS; s++) {
            maps.claim("s" + s, "Statement number " + s + " of the map");
        }
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            maps.inference("i" + i, InferenceContent.of(link.type()),
                    "s" + link.target(), "s" + link.premise());
        }
        return maps;
    }

    private static boolean hasCircle(List<Link> links) {
        List<List<Integer>> next = new ArrayList<>();
        for (int s = 0; s < STATEMENTS; s++) {
            next.add(new ArrayList<>());
        }
        for (Link link : links) {
            if (link.type() == InferenceType.SUPPORT || link.type() == InferenceType.REPHRASE) {
                next.get(link.premise()).add(link.target());
            }
            if (link.type() == InferenceType.REPHRASE) {
                next.get(link.target()).add(link.premise());
            }
        }
        return links.stream().filter(l -> l.type() == InferenceType.SUPPORT)
                .anyMatch(l -> reaches(next, l.target(), l.premise()));
    }

    private static boolean reaches(List<List<Integer>> next, int from, int to) {
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(from));
        while (!todo.isEmpty()) {
            int at = todo.pop();
            if (at == to) {
                return true;
            }
            if (seen.add(at)) {
                todo.addAll(next.get(at));
            }
        }
        return false;
    }
}
