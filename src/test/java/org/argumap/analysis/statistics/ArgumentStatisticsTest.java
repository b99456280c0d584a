package org.argumap.analysis.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.analysis.evaluation.Label;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Role;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArgumentStatisticsTest {
    private static ArgumentStatistics of(ArgumentMap map) {
        return ArgumentStatistics.of(map, Evaluator.evaluate(map));
    }

    /** The bundled demo; if it is edited, these numbers are worked out again from its file. */
    @Nested
    class DemoMap {
        private final ArgumentMap map = new ArgumapJsonFormat()
                .read(Path.of("assets/samples/apt31-thread.argumap.json")).map();
        private final ArgumentStatistics statistics = of(map);

        DemoMap() throws Exception {
        }

        @Test
        void rolesCoverEveryStatement() {
            assertEquals(1, statistics.roles().get(Role.MAIN_CLAIM));
            assertEquals(15, statistics.roles().get(Role.REASON));
            assertEquals(1, statistics.roles().get(Role.OBJECTION));
            assertEquals(1, statistics.roles().get(Role.REBUTTAL));
            assertEquals(1, statistics.roles().get(Role.UNDERCUTTER));
            assertEquals(1, statistics.roles().get(Role.REPHRASING));
            assertEquals(1, statistics.roles().get(Role.REPLY));
            assertEquals(21, statistics.roles().values().stream().mapToInt(Integer::intValue).sum());
        }

        @Test
        void depthFollowsTheObjectionAndItsRebuttalDownToTheirEvidence() {
            // s1 <- s2 <- s5 (objection) <- s6 (rebuttal) <- e2
            assertEquals(5, statistics.depth());
        }

        @Test
        void theMainClaimsBranchHoldsEverySupportAndAttack() {
            Balance top = statistics.balance().get(0);
            assertEquals(new Balance("s1", 4, 1, 15, 3), top, "four reasons and an undercut directly beneath");
            assertTrue(statistics.balance().contains(new Balance("s2", 1, 1, 4, 2)), statistics.balance().toString());
        }

        @Test
        void mostAttackedAndAuthors() {
            assertEquals(List.of(new Count("s2", 1), new Count("s5", 1)), statistics.mostAttacked());
            assertEquals(new Count("Article (cross-posted from mander.xyz)", 12), statistics.authors().get(0));
            assertEquals(new Count("Reply 3", 4), statistics.authors().get(1));
            assertEquals(List.of("Map editor", "Reply 2", "Reply 4"),
                    statistics.authors().subList(3, 6).stream().map(Count::name).toList(), "ties by name");
            assertEquals(0, statistics.unattributed());
        }

        @Test
        void standingIsTheEvaluations() {
            Evaluation evaluation = Evaluator.evaluate(map);
            Standing standing = statistics.standing();
            assertEquals(evaluation.statementsLabelled(Label.IN).size(), standing.in());
            assertEquals(evaluation.statementsLabelled(Label.OUT).size(), standing.out());
            assertEquals(21, standing.total());
            assertEquals(evaluation.standingShare(), standing.share(Label.IN), 1e-9);
        }
    }

    @Nested
    class SmallMaps {
        private final ArgumentMap map = new ArgumentMap();

        private void claim(String id, String author) {
            map.addStatement(id, StatementContent.claim("Claim " + id).withAuthor(author));
        }

        private void link(InferenceType type, String id, String target, String... premises) {
            map.addInference(id, InferenceContent.of(type), List.of(premises), target);
        }

        @Test
        void anEmptyMapHasNoDepthAndNothingStands() {
            ArgumentStatistics statistics = of(map);
            assertEquals(0, statistics.depth());
            assertEquals(0, statistics.standing().share(Label.IN));
            assertTrue(statistics.balance().isEmpty());
        }

        @Test
        void aLoneClaimHasDepthOneAndAnEmptyBalance() {
            claim("s1", "");
            ArgumentStatistics statistics = of(map);
            assertEquals(1, statistics.depth());
            assertEquals(List.of(new Balance("s1", 0, 0, 0, 0)), statistics.balance());
            assertEquals(1, statistics.unattributed());
            assertEquals(1.0, statistics.standing().share(Label.IN));
        }

        @Test
        void theMostAttackedAreTheTopFiveMostFirst() {
            claim("s0", "Ann");
            int next = 1;
            for (int target = 1; target <= 6; target++) {
                claim("s" + target, "Bo");
                link(InferenceType.SUPPORT, "i" + target, "s0", "s" + target);
                for (int a = 0; a < target; a++) {
                    claim("a" + next, "Cy");
                    link(InferenceType.ATTACK, "j" + next, "s" + target, "a" + next);
                    next++;
                }
            }
            ArgumentStatistics statistics = of(map);
            assertEquals(List.of(new Count("s6", 6), new Count("s5", 5), new Count("s4", 4), new Count("s3", 3),
                    new Count("s2", 2)), statistics.mostAttacked());
            assertEquals(List.of(new Count("Cy", 21), new Count("Bo", 6), new Count("Ann", 1)), statistics.authors());
            assertEquals(new Balance("s0", 6, 0, 6, 21), statistics.balance().get(0));
        }

        @Test
        void aCircleOfReasonsDoesNotLoopAndALongChainDoesNotOverflow() {
            claim("s1", "");
            claim("s2", "");
            claim("s3", "");
            link(InferenceType.SUPPORT, "i1", "s1", "s2");
            link(InferenceType.SUPPORT, "i2", "s2", "s3");
            link(InferenceType.SUPPORT, "i3", "s3", "s2");
            assertEquals(3, of(map).depth());

            ArgumentMap chain = new ArgumentMap();
            chain.addStatement("c0", StatementContent.claim("Top"));
            for (int i = 1; i < 100_000; i++) {
                chain.addStatement("c" + i, StatementContent.claim("Reason " + i));
                chain.addInference("k" + i, InferenceContent.of(InferenceType.SUPPORT), List.of("c" + i), "c" + (i - 1));
            }
            ArgumentStatistics statistics = ArgumentStatistics.of(chain, Evaluator.evaluate(chain));
            assertEquals(100_000, statistics.depth());
            assertEquals(new Balance("c0", 1, 0, 99_999, 0), statistics.balance().get(0));
        }
    }
}
