package org.argumap.ui.outline;

import static org.argumap.model.CommentThreads.comment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.argumap.analysis.moderation.ModerationFilter;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentThreads;
import org.junit.jupiter.api.Test;

/** The outline leaves out the replies the moderation filter hides, as the canvas does. */
class HiddenRepliesOutlineTest {

    private static Set<String> statements(OutlineShape shape) {
        return shape.entries().stream().map(OutlineEntry::statementId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Test
    void hiddenRepliesHaveNoLine() {
        ArgumentMap map = CommentThreads.post();
        comment(map, "a", "post", "alice", 10);
        comment(map, "b", "post", "bob", -2);
        comment(map, "b1", "b", "carol", 4);
        Set<String> hidden = ModerationFilter.NONE.withMinimumScore(0).apply(map).ids();
        assertEquals(Set.of("b", "b1"), hidden);
        assertEquals(Set.of("post", "a"), statements(OutlineShape.of(map, hidden)));
        assertEquals(Set.of("post", "a", "b", "b1"), statements(OutlineShape.of(map)));
    }
}
