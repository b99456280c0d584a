package org.argumap.analysis.moderation;

import static org.argumap.model.CommentThreads.comment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.CommentThreads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModerationFilterTest {
    private ArgumentMap map;

    /**
     * post
     *  a (alice, 10)
     *    b (bob, -3)
     *      c (carol, 5)
     *  d (AutoModerator, 1)
     *  e ([deleted], 2, deleted)
     *    f (frank, 4)
     *  g ([deleted], 0, removed)
     *    h ([deleted], 0, deleted)
     */
    @BeforeEach
    void thread() {
        map = CommentThreads.post();
        comment(map, "a", "post", "alice", 10);
        comment(map, "b", "a", "bob", -3);
        comment(map, "c", "b", "carol", 5);
        comment(map, "d", "post", "AutoModerator", 1);
        comment(map, "e", "post", "[deleted]", 2L, "deleted", "[deleted]");
        comment(map, "f", "e", "frank", 4);
        comment(map, "g", "post", "[deleted]", 0L, "removed", "[removed]");
        comment(map, "h", "g", "[deleted]", 0L, "deleted", "[deleted]");
    }

    @Test
    void noFilterHidesNothingAndCountsEveryReply() {
        HiddenReplies hidden = ModerationFilter.NONE.apply(map);
        assertEquals(Set.of(), hidden.ids());
        assertEquals("8 of 8 replies shown", hidden.summary());
    }

    @Test
    void aLowScoreHidesTheReplyWithTheRepliesUnderIt() {
        HiddenReplies hidden = ModerationFilter.NONE.withMinimumScore(1).apply(map);
        assertEquals(Set.of("b", "c", "g", "h"), hidden.ids());
        assertEquals("4 of 8 replies shown", hidden.summary());
    }

    @Test
    void aDepthLimitHidesDeeperReplies() {
        assertEquals(Set.of("b", "c", "f", "h"), ModerationFilter.NONE.withMaximumDepth(1).apply(map).ids());
        assertEquals(Set.of("a", "b", "c", "d", "e", "f", "g", "h"),
                ModerationFilter.NONE.withMaximumDepth(0).apply(map).ids(), "the post alone");
    }

    @Test
    void deletedRepliesGoUnlessALiveReplyAnswersThem() {
        assertEquals(Set.of("g", "h"), ModerationFilter.NONE.withHideGone(true).apply(map).ids(),
                "e stays: frank answers it");
    }

    @Test
    void knownBotsAndAuthorsMarkedAsBotsAreHidden() {
        assertEquals(Set.of("d"), ModerationFilter.NONE.withHideBots(true).apply(map).ids());
        map.updateStatement("a", CommentData.withBotMark(map.statement("a").content(), true));
        assertEquals(Set.of("a", "b", "c", "d"), ModerationFilter.NONE.withHideBots(true).apply(map).ids());
    }

    @Test
    void theMainClaimIsNeverHiddenAndHiddenScoresStay() {
        map.updateStatement("post", map.statement("post").content().withData(java.util.Map.of(CommentData.SCORE, "-50")));
        map.updateStatement("b", map.statement("b").content().withData(java.util.Map.of(CommentData.SCORE_HIDDEN, "true",
                CommentData.SCORE, "-3")));
        Set<String> hidden = ModerationFilter.NONE.withMinimumScore(1).apply(map).ids();
        assertTrue(!hidden.contains("post") && !hidden.contains("b"), hidden.toString());
    }

    @Test
    void knownBotNamesAreRecognisedWithoutCaseOrPrefix() {
        assertTrue(CommentData.isKnownBot("AutoModerator"));
        assertTrue(CommentData.isKnownBot("u/automoderator"));
        assertTrue(CommentData.isKnownBot("@lemmy-bot@lemmy.world"));
        assertTrue(!CommentData.isKnownBot("alice"));
    }
}
