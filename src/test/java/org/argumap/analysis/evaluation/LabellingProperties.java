package org.argumap.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The grounded labelling and the preferred and stable search agree with brute force on every small
 * framework: grounded is the complete labelling with the least in-set (Dung 1995; Caminada 2006),
 * preferred are those with maximal in-sets, stable those with nothing undecided.
 */
class LabellingProperties {

    @Property(tries = 400)
    void groundedIsTheLeastCompleteLabelling(@ForAll("frameworks") AttackFramework framework) {
        assertArrayEquals(new BruteForceLabellings(framework).grounded(), GroundedLabelling.of(framework));
    }

    @Property(tries = 400)
    void preferredAreTheMaximalCompleteLabellings(@ForAll("frameworks") AttackFramework framework) {
        BruteForceLabellings brute = new BruteForceLabellings(framework);
        ExtensionSearch.Found found = assertInstanceOf(ExtensionSearch.Found.class, search(framework, Semantics.PREFERRED));
        assertEquals(Set.copyOf(brute.preferred()), new HashSet<>(found.extensions()));
        assertEquals(brute.preferred().size(), found.count());
        assertArrayEquals(brute.sceptical(brute.preferred(), framework), found.labels());
    }

    @Property(tries = 400)
    void stableAreTheCompleteLabellingsWithNothingUndecided(@ForAll("frameworks") AttackFramework framework) {
        BruteForceLabellings brute = new BruteForceLabellings(framework);
        List<BitSet> stable = brute.stable();
        ExtensionSearch.Outcome outcome = search(framework, Semantics.STABLE);
        if (stable.isEmpty()) {
            assertInstanceOf(ExtensionSearch.NoExtension.class, outcome);
            return;
        }
        ExtensionSearch.Found found = assertInstanceOf(ExtensionSearch.Found.class, outcome);
        assertEquals(Set.copyOf(stable), new HashSet<>(found.extensions()));
        assertArrayEquals(brute.sceptical(stable, framework), found.labels());
    }

    private static ExtensionSearch.Outcome search(AttackFramework framework, Semantics semantics) {
        return ExtensionSearch.search(framework, GroundedLabelling.of(framework), semantics,
                ExtensionSearch.Budget.ORDINARY);
    }

    /** Up to 9 arguments with any attacks, self-attacks among them, from none to dense. */
    @Provide
    Arbitrary<AttackFramework> frameworks() {
        return Arbitraries.integers().between(0, 9).flatMap(n -> n == 0
                ? Arbitraries.just(AttackFramework.of(0))
                : Arbitraries.integers().between(0, n * n - 1).set().ofMaxSize(Math.min(n * n, 3 * n))
                        .map(cells -> AttackFramework.of(n, cells.stream()
                                .map(cell -> new int[] {cell / n, cell % n}).toArray(int[][]::new))));
    }
}
