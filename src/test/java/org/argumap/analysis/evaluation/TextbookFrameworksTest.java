package org.argumap.analysis.evaluation;

import static org.argumap.analysis.evaluation.Label.IN;
import static org.argumap.analysis.evaluation.Label.OUT;
import static org.argumap.analysis.evaluation.Label.UNDECIDED;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.BitSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The frameworks every textbook on abstract argumentation works through, with the labels it gives. */
class TextbookFrameworksTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    /** Reinstatement, a <- b <- c: c defeats b and so reinstates a (Dung 1995, AIJ 77, example of section 2). */
    @Test
    void reinstatement() {
        AttackFramework af = AttackFramework.of(3, new int[] {B, A}, new int[] {C, B});
        Label[] expected = {IN, OUT, IN};
        assertArrayEquals(expected, GroundedLabelling.of(af));
        assertArrayEquals(expected, found(af, Semantics.PREFERRED).labels());
        assertArrayEquals(expected, found(af, Semantics.STABLE).labels());
        assertEquals(Set.of(Set.of(A, C)), extensions(found(af, Semantics.PREFERRED)));
    }

    /**
     * The odd cycle a -> b -> c -> a: grounded leaves all undecided, the only preferred extension is
     * empty and there is no stable extension (Dung 1995; Baroni and Giacomin 2007, "On principle-based
     * evaluation of extension-based argumentation semantics", AIJ 171).
     */
    @Test
    void oddCycle() {
        AttackFramework af = AttackFramework.of(3, new int[] {A, B}, new int[] {B, C}, new int[] {C, A});
        Label[] undecided = {UNDECIDED, UNDECIDED, UNDECIDED};
        assertArrayEquals(undecided, GroundedLabelling.of(af));
        ExtensionSearch.Found preferred = found(af, Semantics.PREFERRED);
        assertEquals(Set.of(Set.of()), extensions(preferred));
        assertArrayEquals(undecided, preferred.labels());
        assertInstanceOf(ExtensionSearch.NoExtension.class, search(af, Semantics.STABLE));
    }

    /** The even cycle a <-> b: grounded undecided, two preferred and stable extensions {a} and {b} (Dung 1995). */
    @Test
    void evenCycle() {
        AttackFramework af = AttackFramework.of(2, new int[] {A, B}, new int[] {B, A});
        Label[] undecided = {UNDECIDED, UNDECIDED};
        assertArrayEquals(undecided, GroundedLabelling.of(af));
        for (Semantics semantics : Set.of(Semantics.PREFERRED, Semantics.STABLE)) {
            ExtensionSearch.Found found = found(af, semantics);
            assertEquals(Set.of(Set.of(A), Set.of(B)), extensions(found), semantics.key());
            assertArrayEquals(undecided, found.labels(), "sceptically neither stands under " + semantics.key());
        }
    }

    /**
     * Floating acceptance: a and b attack each other and both attack c, which attacks d. Grounded
     * decides nothing; in both preferred extensions c is out and d in, so sceptically c is out and d
     * in (Baroni, Caminada and Giacomin 2011, "An introduction to argumentation semantics", KER 26).
     */
    @Test
    void floatingAcceptance() {
        AttackFramework af = AttackFramework.of(4, new int[] {A, B}, new int[] {B, A}, new int[] {A, C},
                new int[] {B, C}, new int[] {C, D});
        assertArrayEquals(new Label[] {UNDECIDED, UNDECIDED, UNDECIDED, UNDECIDED}, GroundedLabelling.of(af));
        ExtensionSearch.Found preferred = found(af, Semantics.PREFERRED);
        assertEquals(Set.of(Set.of(A, D), Set.of(B, D)), extensions(preferred));
        assertArrayEquals(new Label[] {UNDECIDED, UNDECIDED, OUT, IN}, preferred.labels());
    }

    /** A self-attacking argument is never in, so what it alone attacks is never out (Dung 1995, section 2). */
    @Test
    void selfAttack() {
        AttackFramework af = AttackFramework.of(2, new int[] {A, A}, new int[] {A, B});
        assertArrayEquals(new Label[] {UNDECIDED, UNDECIDED}, GroundedLabelling.of(af));
        assertEquals(Set.of(Set.of()), extensions(found(af, Semantics.PREFERRED)));
        assertInstanceOf(ExtensionSearch.NoExtension.class, search(af, Semantics.STABLE));
    }

    /** Twenty independent even cycles: 2^20 extensions are counted part by part, not listed. */
    @Test
    void independentCyclesAreCountedWithoutListing() {
        int pairs = 20;
        int[][] attacks = new int[2 * pairs][];
        for (int p = 0; p < pairs; p++) {
            attacks[2 * p] = new int[] {2 * p, 2 * p + 1};
            attacks[2 * p + 1] = new int[] {2 * p + 1, 2 * p};
        }
        ExtensionSearch.Found found = found(AttackFramework.of(2 * pairs, attacks), Semantics.PREFERRED);
        assertEquals(1L << pairs, found.count());
        assertEquals(0, found.extensions().size());
    }

    /** A search that runs out of steps says so instead of answering late. */
    @Test
    void aSearchOverBudgetGivesUp() {
        AttackFramework af = AttackFramework.of(2, new int[] {A, B}, new int[] {B, A});
        Label[] grounded = GroundedLabelling.of(af);
        assertInstanceOf(ExtensionSearch.OverBudget.class,
                ExtensionSearch.search(af, grounded, Semantics.PREFERRED, new ExtensionSearch.Budget(100, 2)));
        assertInstanceOf(ExtensionSearch.OverBudget.class,
                ExtensionSearch.search(af, grounded, Semantics.PREFERRED, new ExtensionSearch.Budget(1, 1000)));
    }

    /**
     * Forty arguments in a ring of mutual attacks with chords: far too many admissible sets to
     * enumerate. The search answers or gives up within its budget; it never hangs.
     */
    @Test
    void aDenseRingEndsWithinTheBudget() {
        int n = 40;
        int[][] attacks = new int[3 * n][];
        for (int i = 0; i < n; i++) {
            attacks[3 * i] = new int[] {i, (i + 1) % n};
            attacks[3 * i + 1] = new int[] {(i + 1) % n, i};
            attacks[3 * i + 2] = new int[] {i, (i + 7) % n};
        }
        AttackFramework af = AttackFramework.of(n, attacks);
        for (Semantics semantics : Set.of(Semantics.PREFERRED, Semantics.STABLE)) {
            ExtensionSearch.Outcome outcome = search(af, semantics);
            if (outcome instanceof ExtensionSearch.Found found) {
                assertEquals(n, found.labels().length);
            } else {
                assertInstanceOf(ExtensionSearch.OverBudget.class, outcome);
            }
        }
    }

    private static ExtensionSearch.Outcome search(AttackFramework af, Semantics semantics) {
        return ExtensionSearch.search(af, GroundedLabelling.of(af), semantics, ExtensionSearch.Budget.ORDINARY);
    }

    private static ExtensionSearch.Found found(AttackFramework af, Semantics semantics) {
        return assertInstanceOf(ExtensionSearch.Found.class, search(af, semantics));
    }

    private static Set<Set<Integer>> extensions(ExtensionSearch.Found found) {
        return found.extensions().stream().map(TextbookFrameworksTest::members).collect(Collectors.toSet());
    }

    private static Set<Integer> members(BitSet in) {
        return in.stream().boxed().collect(Collectors.toSet());
    }
}
