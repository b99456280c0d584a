package org.argumap.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class ReplyClassifierTest {
    private final ArgumentMap map = new ArgumentMap();
    private final CommandHistory history = new CommandHistory();
    private final Statement post = map.addStatement("post", StatementContent.claim("Post"));
    private final Statement a = reply("a", InferenceType.REPLY);
    private final Statement b = reply("b", InferenceType.SUPPORT);
    private final Statement c = reply("c", InferenceType.REPLY);

    private Statement reply(String id, InferenceType type) {
        Statement statement = map.addStatement(id, StatementContent.claim("Comment " + id));
        map.addInference(InferenceContent.of(type), List.of(id), "post");
        return statement;
    }

    private InferenceType typeOf(Statement statement) {
        return MapStructure.parentInference(map, statement).type();
    }

    @Test
    void classifyingAReplyIsOneNamedStepAndMovesToTheNextReply() {
        assertEquals(c, ReplyClassifier.classify(map, history, a, InferenceType.ATTACK));
        assertEquals(InferenceType.ATTACK, typeOf(a));
        assertEquals(Optional.of("Change to Objection"), history.undoDescription());

        assertEquals(c, ReplyClassifier.classify(map, history, c, InferenceType.SUPPORT), "the last reply stays selected");
        assertEquals(0, ReplyQueue.count(map));
        history.undo();
        assertEquals(InferenceType.REPLY, typeOf(c));
    }

    @Test
    void classifyingAnythingElseStaysAndTheSameTypeAddsNoStep() {
        assertEquals(b, ReplyClassifier.classify(map, history, b, InferenceType.SUPPORT));
        assertEquals(0, history.undoCount());
        assertEquals(b, ReplyClassifier.classify(map, history, b, InferenceType.REPHRASE));
        assertEquals(Optional.of("Change to Rephrasing"), history.undoDescription());
    }

    @Test
    void theToggleFlipsReasonAndObjectionInPlace() {
        assertEquals(a, ReplyClassifier.toggle(map, history, a));
        assertEquals(InferenceType.SUPPORT, typeOf(a));
        ReplyClassifier.toggle(map, history, a);
        assertEquals(InferenceType.ATTACK, typeOf(a));
    }

    @Test
    void theMainClaimCannotBeClassified() {
        assertThrows(EditRefusedException.class, () -> ReplyClassifier.classify(map, history, post, InferenceType.SUPPORT));
    }
}
