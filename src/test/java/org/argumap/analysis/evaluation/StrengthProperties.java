package org.argumap.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.MapInvariantException;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;

/** Whatever the map, cycles included, every strength lies in [0, 1] and every node has a label. */
class StrengthProperties {

    @Property(tries = 300)
    void strengthsStayBetweenZeroAndOne(@ForAll("maps") ArgumentMap map) {
        for (Semantics semantics : Semantics.values()) {
            Evaluation evaluation = Evaluator.evaluate(map, semantics);
            assertEquals(map.statements().size(), evaluation.strengths().size());
            assertEquals(map.size(), evaluation.labels().size());
            for (double strength : evaluation.strengths().values()) {
                assertTrue(strength >= 0 && strength <= 1, "strength " + strength);
            }
        }
    }

    /** Up to 12 statements with random verdicts and ratings, and random supports, attacks and undercuts. */
    @Provide
    Arbitrary<ArgumentMap> maps() {
        Arbitrary<StatementContent> statements = Combinators.combine(
                Arbitraries.of(Verdict.class), Arbitraries.integers().between(-1, 100))
                .as((verdict, rating) -> StatementContent.claim("s").withVerdict(verdict).withRating(rating));
        Arbitrary<int[]> links = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(-1, 100))
                .as((type, premise, target, second, strength) -> new int[] {type, premise, target, second, strength});
        return Combinators.combine(statements.list().ofMinSize(1).ofMaxSize(12), links.list().ofMaxSize(24))
                .as(StrengthProperties::build);
    }

    private static ArgumentMap build(List<StatementContent> statements, List<int[]> links) {
        ArgumentMap map = new ArgumentMap();
        for (int i = 0; i < statements.size(); i++) {
            map.addStatement("s" + i, statements.get(i));
        }
        int n = statements.size();
        for (int k = 0; k < links.size(); k++) {
            int[] link = links.get(k);
            boolean undercut = link[0] == 3 && !map.inferences().isEmpty();
            InferenceType type = link[0] == 0 ? InferenceType.SUPPORT : InferenceType.ATTACK;
            String target = undercut ? map.inferences().get(link[2] % map.inferences().size()).id() : "s" + link[2] % n;
            List<String> premises = link[0] == 2 && link[1] % n != link[3] % n
                    ? List.of("s" + link[1] % n, "s" + link[3] % n) : List.of("s" + link[1] % n);
            try {
                map.addInference("i" + k, InferenceContent.of(type).withStrength(link[4]), premises, target);
            } catch (MapInvariantException e) {
                // The model refuses some random links (a statement premise of its own target); skip them.
            }
        }
        return map;
    }
}
