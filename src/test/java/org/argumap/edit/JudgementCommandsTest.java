package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.Test;

/** Judging boxes is one named step each time, and Undo gives back exactly the content before. */
class JudgementCommandsTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();

    @Test
    void markingSeveralStatementsIsOneStepThatUndoesAndRedoesExactly() {
        map.updateStatement("s3", map.statement("s3").content().withRating(40).withNotes("keep"));
        List<String> before = snapshot();
        history.execute(JudgementCommands.markAccepted(map, List.of("s2", "s3", "i1", "s4")).orElseThrow());
        List<String> after = snapshot();

        assertEquals(1, history.undoCount());
        assertEquals("Mark Accepted", history.undoDescription().orElseThrow());
        for (String id : List.of("s2", "s3", "s4")) {
            assertEquals(Verdict.ACCEPTED, map.statement(id).content().verdict(), id);
        }
        assertEquals(40, map.statement("s3").content().rating(), "the rating is another judgement and stays");
        assertEquals(InferenceContent.UNRATED, map.inference("i1").content().strength(), "an inference has no verdict");
        history.undo();
        assertEquals(before, snapshot());
        history.redo();
        assertEquals(after, snapshot());
    }

    @Test
    void rejectingAndClearingAreNamedForWhatTheyDo() {
        history.execute(JudgementCommands.markRejected(map, List.of("s1")).orElseThrow());
        assertEquals("Mark Rejected", history.undoDescription().orElseThrow());
        assertEquals(Verdict.REJECTED, map.statement("s1").content().verdict());
        history.execute(JudgementCommands.clearJudgement(map, List.of("s1")).orElseThrow());
        assertEquals("Clear Judgement", history.undoDescription().orElseThrow());
        assertEquals(Verdict.OPEN, map.statement("s1").content().verdict());
        history.undo();
        assertEquals(Verdict.REJECTED, map.statement("s1").content().verdict());
    }

    @Test
    void nothingToChangeGivesNoStep() {
        assertEquals(Optional.empty(), JudgementCommands.clearJudgement(map, List.of("s1", "s2")));
        assertEquals(Optional.empty(), JudgementCommands.markAccepted(map, List.of("i1", "gone")));
        assertEquals(Optional.empty(), JudgementCommands.rate(map, List.of("s1"), StatementContent.UNRATED));
        assertEquals(Optional.empty(), JudgementCommands.rateLinks(map, List.of("s1"), 50));
    }

    @Test
    void ratingsAreNamedForTheBoxAndThePercentage() {
        map.updateStatement("s4", map.statement("s4").content().withKind(StatementKind.EVIDENCE));
        assertEquals("Rate Evidence 80 %", JudgementCommands.rate(map, List.of("s4"), 80).orElseThrow().description());
        assertEquals("Rate Claim 0 %", JudgementCommands.rate(map, List.of("s1"), 0).orElseThrow().description());
        MapCommand several = JudgementCommands.rate(map, List.of("s1", "s2", "s4"), 100).orElseThrow();
        assertEquals("Rate 3 Statements 100 %", several.description());
        assertInstanceOf(CompositeCommand.class, several);

        List<String> before = snapshot();
        history.execute(several);
        assertEquals(100, map.statement("s2").content().rating());
        history.undo();
        assertEquals(before, snapshot());

        map.updateStatement("s1", map.statement("s1").content().withRating(30));
        assertEquals("Clear Rating", JudgementCommands.rate(map, List.of("s1"), StatementContent.UNRATED)
                .orElseThrow().description());
    }

    @Test
    void aLinkStrengthIsSetUndoneAndRedone() {
        List<String> before = snapshot();
        history.execute(JudgementCommands.rateLinks(map, List.of("i1"), 60).orElseThrow());
        assertEquals("Rate Link 60 %", history.undoDescription().orElseThrow());
        assertEquals(60, map.inference("i1").content().strength());
        List<String> after = snapshot();
        history.undo();
        assertEquals(before, snapshot());
        history.redo();
        assertEquals(after, snapshot());

        assertEquals("Rate 2 Links 10 %", JudgementCommands.rateLinks(map, List.of("i1", "i2"), 10).orElseThrow()
                .description());
        assertEquals("Clear Link Rating", JudgementCommands.rateLinks(map, List.of("i1"), InferenceContent.UNRATED)
                .orElseThrow().description());
    }

    @Test
    void aPercentageOutOfRangeIsRefusedBeforeAnythingChanges() {
        assertThrows(IllegalArgumentException.class, () -> JudgementCommands.rate(map, List.of("s1"), 101));
        assertThrows(IllegalArgumentException.class, () -> JudgementCommands.rateLinks(map, List.of("i1"), -2));
        assertTrue(map.statements().stream().noneMatch(s -> s.content().isJudged()));
    }

    /** Every box with its whole content, in map order: what Undo must give back. */
    private List<String> snapshot() {
        return map.nodes().stream().map(JudgementCommandsTest::describe).toList();
    }

    private static String describe(MapNode node) {
        return node.id() + " " + (node instanceof Statement s ? s.content() : ((Inference) node).content());
    }
}
