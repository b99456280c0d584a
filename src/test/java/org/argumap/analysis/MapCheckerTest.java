package org.argumap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MapCheckerTest {

    private static List<Problem> problems(TestMaps maps) {
        return MapChecker.check(maps.map);
    }

    /** The only problem of the map, which must be of this code. */
    private static Problem onlyProblem(TestMaps maps, String code) {
        List<Problem> problems = problems(maps);
        assertEquals(List.of(code), problems.stream().map(Problem::code).toList(), problems.toString());
        return problems.get(0);
    }

    private static void assertNoProblems(TestMaps maps) {
        assertEquals(List.of(), problems(maps));
    }

    private static StatementContent evidence(String title, String text, String url, String quote) {
        return new StatementContent(StatementKind.EVIDENCE, title, text, "", List.of(), "", url, quote, "", Map.of());
    }

    @Test
    void aWellMadeMapHasNoProblemsAndNoWarnings() {
        TestMaps debate = TestMaps.debate();
        assertNoProblems(debate);
        assertEquals(List.of(), MapChecker.warnings(debate.map));
    }

    @Nested
    class CircularReasoningProblems {
        /** s0 is the thesis on top, so that only the circle below it is wrong. */
        private TestMaps circleOfThree() {
            return new TestMaps()
                    .claim("s0", "God exists")
                    .claim("s1", "The Bible is true")
                    .claim("s2", "The Bible is the word of God")
                    .claim("s3", "What the Bible says about itself can be trusted")
                    .support("i0", "s0", "s1")
                    .support("i1", "s1", "s2")
                    .support("i2", "s2", "s3")
                    .support("i3", "s3", "s1");
        }

        @Test
        void aCircleOfSupportsIsOneProblemWithItsStatementsInCircleOrder() {
            // From the earliest statement in the circle, s1, along its support into the circle (to s3).
            assertEquals(List.of("s1", "s3", "s2"), onlyProblem(circleOfThree(), MapChecker.CIRCULAR_REASONING).ids());
        }

        @Test
        void theMessageQuotesTheStatementsAroundTheCircle() {
            String message = onlyProblem(circleOfThree(), MapChecker.CIRCULAR_REASONING).message();
            assertEquals("\"The Bible is true\" (s1) supports"
                    + " \"What the Bible says about itself can be trusted\" (s3), which supports"
                    + " \"The Bible is the word of God\" (s2), which supports"
                    + " \"The Bible is true\" again: the claim ends up resting on itself (circular reasoning).", message);
        }

        @Test
        void supportingAClaimWithARephrasingOfItIsBeggingTheQuestion() {
            TestMaps maps = new TestMaps()
                    .claim("s1", "Smoking is harmful to health")
                    .claim("s2", "Smoking damages the body of the smoker")
                    .support("i1", "s1", "s2")
                    .rephrase("i2", "s1", "s2");
            Problem problem = onlyProblem(maps, MapChecker.CIRCULAR_REASONING);
            assertEquals(List.of("s2", "s1"), problem.ids());
            assertTrue(problem.message().contains("which says the same as"), problem.message());
        }

        @Test
        void rephrasingsAloneAreNoCircle() {
            TestMaps maps = new TestMaps()
                    .claim("s1", "Smoking is harmful to health")
                    .claim("s2", "Smoking damages the body of the smoker")
                    .claim("s3", "Tobacco hurts those who use it")
                    .rephrase("i1", "s1", "s2")
                    .rephrase("i2", "s1", "s3")
                    .rephrase("i3", "s2", "s3");
            assertNoProblems(maps);
        }

        @Test
        void linkedCoPremisesTakePartInACircle() {
            TestMaps maps = new TestMaps()
                    .claim("s0", "The thesis")
                    .claim("s1", "First co-premise")
                    .claim("s2", "Second co-premise")
                    .claim("s3", "The intermediate conclusion")
                    .support("i0", "s0", "s3")
                    .support("i1", "s3", "s1", "s2")
                    .support("i2", "s2", "s3");
            assertEquals(List.of("s2", "s3"), onlyProblem(maps, MapChecker.CIRCULAR_REASONING).ids());
        }

        @Test
        void separateCirclesAreSeparateProblems() {
            TestMaps maps = new TestMaps()
                    .claim("s0", "The thesis")
                    .claim("s1", "a1").claim("s2", "a2")
                    .claim("s3", "b1").claim("s4", "b2")
                    .support("i1", "s0", "s1").support("i2", "s1", "s2").support("i3", "s2", "s1")
                    .support("i4", "s0", "s3").support("i5", "s3", "s4").support("i6", "s4", "s3");
            List<Problem> problems = problems(maps);
            assertEquals(List.of(List.of("s1", "s2"), List.of("s3", "s4")), problems.stream().map(Problem::ids).toList());
        }

        @Test
        void aTangleOfCirclesIsOneProblemNamingEveryoneCaughtInIt() {
            TestMaps maps = new TestMaps()
                    .claim("s0", "The thesis")
                    .claim("s1", "a").claim("s2", "b").claim("s3", "c")
                    .support("i0", "s0", "s1")
                    .support("i1", "s2", "s1").support("i2", "s1", "s2")
                    .support("i3", "s3", "s2").support("i4", "s2", "s3");
            Problem problem = onlyProblem(maps, MapChecker.CIRCULAR_REASONING);
            assertEquals(List.of("s1", "s2", "s3"), problem.ids());
            assertTrue(problem.message().endsWith("1 more statement is caught in the same circle."), problem.message());
        }

        @Test
        void claimsAttackingEachOtherAreADisagreementNotACircle() {
            TestMaps maps = new TestMaps()
                    .claim("s0", "The thesis")
                    .claim("s1", "a").claim("s2", "b")
                    .support("i0", "s0", "s1")
                    .attack("i1", "s1", "s2").attack("i2", "s2", "s1");
            assertNoProblems(maps);
        }

        @Test
        void supportingAStepIsNotSupportingAClaim() {
            // s1 backs the step from s2 to s1: the step is supported, the claim s1 does not rest on itself.
            TestMaps maps = new TestMaps()
                    .claim("s0", "The thesis")
                    .claim("s1", "a").claim("s2", "b")
                    .support("i0", "s0", "s2")
                    .support("i1", "s1", "s2")
                    .support("i2", "i1", "s1");
            assertNoProblems(maps);
        }
    }

    @Nested
    class NoMainClaim {
        @Test
        void claimsThatOnlyAttackEachOtherLeaveNoMainClaim() {
            TestMaps maps = new TestMaps()
                    .claim("s1", "Nuclear power is safe")
                    .claim("s2", "Nuclear power is dangerous")
                    .attack("i1", "s1", "s2").attack("i2", "s2", "s1");
            Problem problem = onlyProblem(maps, MapChecker.NO_MAIN_CLAIM);
            assertEquals(List.of(), problem.ids());
        }

        @Test
        void evidenceAtTheTopIsNoMainClaim() {
            TestMaps maps = new TestMaps()
                    .statement("e1", StatementContent.evidence("A report", "It says so", "https://example.org"))
                    .claim("s1", "The report is biased")
                    .attack("i1", "e1", "s1");
            onlyProblem(maps, MapChecker.NO_MAIN_CLAIM);
        }

        @Test
        void anEmptyMapHasNoProblemsButAWarning() {
            TestMaps empty = new TestMaps();
            assertNoProblems(empty);
            assertEquals(List.of("The map is empty."), MapChecker.warnings(empty.map));
        }
    }

    @Nested
    class EmptyStatements {
        @Test
        void aClaimWithoutTextIsEmpty() {
            Problem problem = onlyProblem(TestMaps.debate().claim("s6", "  ").support("i5", "s1", "s6"),
                    MapChecker.EMPTY_STATEMENT);
            assertEquals(List.of("s6"), problem.ids());
            assertTrue(problem.message().startsWith("The claim s6 is empty"), problem.message());
        }

        @Test
        void aTitleIsOnlyAClaimsName() {
            TestMaps maps = TestMaps.debate()
                    .statement("s6", StatementContent.claim("").withTitle("Cost"))
                    .support("i5", "s1", "s6");
            Problem problem = onlyProblem(maps, MapChecker.EMPTY_STATEMENT);
            assertTrue(problem.message().contains("\"Cost\" (s6) has a title but no text"), problem.message());
        }

        @Test
        void evidenceWithNothingAtAllIsEmptyRatherThanUnsourced() {
            TestMaps maps = TestMaps.debate().statement("e2", evidence("", "", "", "")).support("i5", "s1", "e2");
            assertEquals(List.of("e2"), onlyProblem(maps, MapChecker.EMPTY_STATEMENT).ids());
        }

        @Test
        void evidenceThatIsJustALinkIsFine() {
            assertNoProblems(TestMaps.debate().statement("e2", evidence("", "", "https://example.org/a", ""))
                    .support("i5", "s1", "e2"));
        }
    }

    @Nested
    class UnsourcedEvidence {
        @Test
        void evidenceWithoutUrlTitleOrQuoteIsUnsourced() {
            TestMaps maps = TestMaps.debate()
                    .statement("e2", evidence("", "Studies show cats purr to heal", "", ""))
                    .support("i5", "s1", "e2");
            Problem problem = onlyProblem(maps, MapChecker.UNSOURCED_EVIDENCE);
            assertEquals(List.of("e2"), problem.ids());
            assertTrue(problem.message().contains("\"Studies show cats purr to heal\" (e2)"), problem.message());
        }

        @Test
        void aUrlATitleOrAQuoteEachSayWhereItComesFrom() {
            TestMaps maps = TestMaps.debate()
                    .statement("e2", evidence("", "text", "https://example.org/a", ""))
                    .statement("e3", evidence("The Cat Book, p. 12", "text", "", ""))
                    .statement("e4", evidence("", "text", "", "\"Cats sleep 16 hours a day\""))
                    .support("i5", "s1", "e2").support("i6", "s1", "e3").support("i7", "s1", "e4");
            assertNoProblems(maps);
        }
    }

    @Nested
    class IsolatedStatements {
        @Test
        void aStatementLinkedToNothingIsIsolated() {
            Problem problem = onlyProblem(TestMaps.debate().claim("s6", "Hamsters are underrated"),
                    MapChecker.ISOLATED_STATEMENT);
            assertEquals(List.of("s6"), problem.ids());
            assertTrue(problem.message().startsWith("\"Hamsters are underrated\" (s6) is not connected"), problem.message());
        }

        @Test
        void aMapOfOneStatementIsAMapBeingStarted() {
            assertNoProblems(new TestMaps().claim("s1", "Cats make better pets than dogs"));
        }

        @Test
        void theTargetOfAnArgumentWithoutPremisesIsConnected() {
            TestMaps maps = TestMaps.debate().claim("s6", "Hamsters are underrated")
                    .inference("i5", InferenceContent.of(InferenceType.SUPPORT).withTitle("Hamster economics"), "s6");
            assertTrue(problems(maps).stream().noneMatch(p -> p.code().equals(MapChecker.ISOLATED_STATEMENT)));
        }
    }

    @Nested
    class DuplicateStatements {
        @Test
        void theSameClaimTwiceIsADuplicateDespiteCaseSpacingAndFullStop() {
            TestMaps maps = TestMaps.debate().claim("s6", "cats make  better pets than DOGS.").support("i5", "s4", "s6");
            Problem problem = onlyProblem(maps, MapChecker.DUPLICATE_STATEMENT);
            assertEquals(List.of("s1", "s6"), problem.ids());
            assertTrue(problem.message().contains("\"Cats make better pets than dogs\" is written 2 times (s1, s6)"),
                    problem.message());
        }

        @Test
        void shortRepliesRepeatWithoutBeingTheSameClaim() {
            TestMaps maps = TestMaps.debate().claim("s6", "Yes, exactly.").claim("s7", "Yes, exactly.")
                    .support("i5", "s2", "s6").support("i6", "s4", "s7");
            assertNoProblems(maps);
        }

        @Test
        void evidenceQuotingAClaimIsNoDuplicateOfIt() {
            TestMaps maps = TestMaps.debate()
                    .statement("e2", StatementContent.evidence("Blog", "Cats make better pets than dogs", "https://example.org/b"))
                    .support("i5", "s1", "e2");
            assertNoProblems(maps);
        }
    }

    @Nested
    class ContradictionNotAttack {
        @Test
        void onlyAnAttackCanBeContradictory() {
            TestMaps maps = TestMaps.debate().claim("s6", "Cats need a lot of time")
                    .inference("i5", InferenceContent.of(InferenceType.SUPPORT).withFlavour(InferenceFlavour.CONTRADICTORY),
                            "s2", "s6");
            Problem problem = onlyProblem(maps, MapChecker.CONTRADICTION_NOT_ATTACK);
            assertEquals(List.of("i5"), problem.ids());
            assertTrue(problem.message().startsWith("The support (i5) from \"Cats need a lot of time\" (s6) to"),
                    problem.message());
        }

        @Test
        void aContradictoryAttackIsFine() {
            assertNoProblems(TestMaps.debate().claim("s6", "Cats need a lot of time")
                    .inference("i5", InferenceContent.of(InferenceType.ATTACK).withFlavour(InferenceFlavour.CONTRADICTORY),
                            "s2", "s6"));
        }
    }

    @Nested
    class Warnings {
        /** A thread import: every comment a reply to the post or to another comment. */
        private TestMaps thread(int comments) {
            TestMaps maps = new TestMaps().claim("s0", "The original post");
            for (int i = 1; i <= comments; i++) {
                maps.claim("s" + i, "Comment number " + i).reply("i" + i, i == 1 ? "s0" : "s" + (i - 1), "s" + i);
            }
            return maps;
        }

        @Test
        void unclassifiedRepliesAreAWarningNotAProblem() {
            TestMaps maps = thread(1);
            assertNoProblems(maps);
            assertEquals(List.of("1 reply is not yet classified (i1): mark it as a support, an attack or a rephrase."),
                    MapChecker.warnings(maps.map));
        }

        @Test
        void manyRepliesAreOneWarningListingTheFirstFew() {
            TestMaps maps = thread(7);
            assertNoProblems(maps);
            assertEquals(List.of("7 replies are not yet classified (i1, i2, i3, i4, i5 and 2 more):"
                    + " mark each as a support, an attack or a rephrase."), MapChecker.warnings(maps.map));
        }

        @Test
        void anArgumentWithoutPremisesIsAWarning() {
            TestMaps maps = TestMaps.debate()
                    .inference("i5", InferenceContent.of(InferenceType.ATTACK).withTitle("The allergy argument"), "s1");
            assertNoProblems(maps);
            assertEquals(List.of("The attack \"The allergy argument\" (i5) has no premises yet:"
                    + " add the statements it rests on."), MapChecker.warnings(maps.map));
        }
    }
}
