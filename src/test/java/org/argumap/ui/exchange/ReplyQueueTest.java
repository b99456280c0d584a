package org.argumap.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class ReplyQueueTest {

    /** post ← a ← a1, post ← b (already a reason), post ← c. */
    private final ArgumentMap map = new ArgumentMap();
    private final Statement post = map.addStatement("post", StatementContent.claim("Post"));
    private final Statement a = reply("a", "post", InferenceType.REPLY);
    private final Statement a1 = reply("a1", "a", InferenceType.REPLY);
    private final Statement b = reply("b", "post", InferenceType.SUPPORT);
    private final Statement c = reply("c", "post", InferenceType.REPLY);

    private Statement reply(String id, String parent, InferenceType type) {
        Statement statement = map.addStatement(id, StatementContent.claim("Comment " + id));
        map.addInference(InferenceContent.of(type), List.of(id), parent);
        return statement;
    }

    @Test
    void countsTheLinksStillReplies() {
        assertEquals(3, ReplyQueue.count(map));
    }

    @Test
    void nextFollowsTheThreadDepthFirstSkipsClassifiedOnesAndWrapsAround() {
        assertEquals(List.of(post, a, a1, b, c), ReplyQueue.readingOrder(map));
        assertEquals(a, ReplyQueue.next(map, null));
        assertEquals(a, ReplyQueue.next(map, post));
        assertEquals(a1, ReplyQueue.next(map, a));
        assertEquals(c, ReplyQueue.next(map, a1), "b is a reason already");
        assertEquals(a, ReplyQueue.next(map, c), "wraps around");
        assertEquals(c, ReplyQueue.next(map, b));
    }

    @Test
    void nothingIsNextWhenNoOtherReplyIsLeft() {
        ArgumentMap single = new ArgumentMap();
        single.addStatement("p", StatementContent.claim("Post"));
        Statement only = single.addStatement("r", StatementContent.claim("Reply"));
        single.addInference(InferenceContent.of(InferenceType.REPLY), List.of("r"), "p");
        assertNull(ReplyQueue.next(single, only));
        assertEquals(only, ReplyQueue.next(single, null));
    }
}
