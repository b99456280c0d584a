package org.argumap.edit;

import static org.argumap.model.CommentThreads.comment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.CommentThreads;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Classifying several replies at once, merging duplicates, marking bots, adding replies of an update. */
class ModerationCommandsTest {
    private ArgumentMap map;
    private CommandHistory history;

    @BeforeEach
    void thread() {
        map = CommentThreads.post();
        comment(map, "a", "post", "alice", 10);
        comment(map, "b", "post", "bob", 3);
        comment(map, "c", "post", "carol", 7);
        comment(map, "a1", "a", "dan", 2);
        comment(map, "b1", "b", "erin", 1);
        history = new CommandHistory();
    }

    private InferenceType typeOf(String id) {
        return MapStructure.parentInference(map, map.statement(id)).type();
    }

    @Test
    void severalRepliesAreClassifiedAsOneNamedStepThatOneUndoTakesBack() {
        MapCommand command = ClassifyReplies.command(map, List.of("a", "b", "c"), InferenceType.ATTACK).orElseThrow();
        history.execute(command);
        assertEquals("Classify 3 replies as Objection", command.description());
        assertEquals(List.of(InferenceType.ATTACK, InferenceType.ATTACK, InferenceType.ATTACK),
                List.of(typeOf("a"), typeOf("b"), typeOf("c")));
        history.undo();
        assertEquals(List.of(InferenceType.REPLY, InferenceType.REPLY, InferenceType.REPLY),
                List.of(typeOf("a"), typeOf("b"), typeOf("c")));
        assertTrue(!history.canUndo(), "one step");
    }

    @Test
    void everyTypeCanBeGivenToSeveralReplies() {
        for (InferenceType type : InferenceType.values()) {
            Optional<MapCommand> command = ClassifyReplies.command(map, List.of("a1", "b1"), type);
            command.ifPresent(history::execute);
            assertEquals(type, typeOf("a1"));
            assertEquals(type, typeOf("b1"));
            command.ifPresent(c -> assertTrue(c.description().startsWith("Classify 2 replies as "), c.description()));
        }
        assertEquals(Optional.empty(), ClassifyReplies.command(map, List.of("a1", "b1"), InferenceType.values()[
                InferenceType.values().length - 1]), "nothing to change: no empty step");
    }

    @Test
    void onlyAMainClaimSelectedIsRefusedWithAReason() {
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> ClassifyReplies.command(map, List.of("post"), InferenceType.SUPPORT));
        assertTrue(refused.getMessage().contains("neither a reason nor an objection"), refused.getMessage());
    }

    @Test
    void mergingKeepsEveryAuthorAndAddressAndHangsTheRepliesUnderTheKeptStatement() {
        history.execute(ChangeTypeCommand.ofStatement(map, "a", InferenceType.ATTACK));
        MergeStatementsCommand merge = new MergeStatementsCommand(map, List.of("a", "b"));
        history.execute(merge);

        assertNull(map.statement("b"));
        Statement kept = map.statement("a");
        assertEquals("alice, bob", kept.content().author());
        assertTrue(kept.content().notes().contains("https://lemmy.example/comment/b"), kept.content().notes());
        assertTrue(kept.content().notes().contains("bob"), kept.content().notes());
        assertEquals("c-b", kept.content().data().get(MergeStatementsCommand.MERGED_SOURCE_IDS));
        assertEquals(map.statement("a"), MapStructure.parent(map, map.statement("b1")), "b's reply now answers a");
        assertEquals(InferenceType.ATTACK, typeOf("a"), "the kept classification stays");
        assertEquals(1, map.inferencesFrom(kept).size(), "one link to the post, not two");
        assertEquals("Merge 2 Statements", merge.description());

        history.undo();
        assertNotNull(map.statement("b"));
        assertEquals("alice", map.statement("a").content().author());
        assertEquals(map.statement("b"), MapStructure.parent(map, map.statement("b1")));
    }

    @Test
    void mergingDuplicatesUnderDifferentParentsKeepsBothLinks() {
        history.execute(new MergeStatementsCommand(map, List.of("a1", "b1")));
        Statement kept = map.statement("a1");
        assertEquals(2, map.inferencesFrom(kept).size(), "it answers both a and b");
    }

    @Test
    void aReplyCannotBeMergedWithWhatItAnswers() {
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> history.execute(new MergeStatementsCommand(map, List.of("a", "a1"))));
        assertTrue(refused.getMessage().contains("different branches"), refused.getMessage());
        assertNotNull(map.statement("a1"));
        assertThrows(EditRefusedException.class, () -> new MergeStatementsCommand(map, List.of("a")));
    }

    @Test
    void treatingAnAuthorAsABotMarksEveryStatementOfTheirs() {
        comment(map, "a2", "c", "alice", 4);
        history.execute(BotMarks.command(map, "alice", true).orElseThrow());
        assertTrue(CommentData.isBot(map.statement("a").content()));
        assertTrue(CommentData.isBot(map.statement("a2").content()));
        assertTrue(!CommentData.isBot(map.statement("b").content()));
        assertTrue(BotMarks.isMarked(map, "alice"));
        assertEquals("Undo Treat alice as Bot", "Undo " + history.undoDescription().orElseThrow());

        history.undo();
        assertTrue(!BotMarks.isMarked(map, "alice"));
    }

    @Test
    void addingTheRepliesOfAnUpdateIsOneStep() {
        history.execute(ChangeTypeCommand.ofStatement(map, "a", InferenceType.SUPPORT));
        StatementContent newer = map.statement("c").content().withData(Map.of(CommentData.SCORE, "70",
                CommentData.SOURCE_ID, "c-c"));
        AddRepliesCommand update = new AddRepliesCommand(map, List.of(
                new AddRepliesCommand.Reply("n1", "a", StatementContent.claim("A new reply to alice.")),
                new AddRepliesCommand.Reply("n2", "n1", StatementContent.claim("And an answer to that."))),
                Map.of("c", newer), "Update Thread");
        history.execute(update);
        Statement n1 = map.statements().stream().filter(s -> s.text().equals("A new reply to alice.")).findFirst()
                .orElseThrow();
        Statement n2 = map.statements().stream().filter(s -> s.text().equals("And an answer to that.")).findFirst()
                .orElseThrow();
        assertEquals(map.statement("a"), MapStructure.parent(map, n1));
        assertEquals(n1, MapStructure.parent(map, n2));
        assertEquals(InferenceType.REPLY, MapStructure.parentInference(map, n1).type());
        assertEquals(InferenceType.SUPPORT, typeOf("a"));
        assertEquals("70", map.statement("c").content().data().get(CommentData.SCORE));
        history.undo();
        assertNull(map.statement(n1.id()));
        assertEquals("7", map.statement("c").content().data().get(CommentData.SCORE));
    }
}
