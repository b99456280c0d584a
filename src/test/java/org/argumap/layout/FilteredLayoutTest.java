package org.argumap.layout;

import static org.argumap.model.CommentThreads.comment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentThreads;
import org.junit.jupiter.api.Test;

/** Statements a filter hides get no place in the layout, nor do their links, nor what hangs below them. */
class FilteredLayoutTest {
    private static final BoxSizes SIZES = node -> new Size(100, 40);

    private static Set<String> ids(LayoutInput input) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            ids.add(input.id(i));
        }
        return ids;
    }

    @Test
    void aFilteredReplyLeavesTheLayoutWithItsLinkAndItsReplies() {
        ArgumentMap map = CommentThreads.post();
        comment(map, "a", "post", "alice", 10);
        comment(map, "b", "post", "bob", -2);
        comment(map, "b1", "b", "carol", 4);
        Collapsing collapsing = Collapsing.of(map, Set.of(), Set.of("b"));
        Set<String> laidOut = ids(LayoutInput.of(map, SIZES, collapsing));
        assertEquals(Set.of("post", "a", "to-a"), laidOut);
        assertTrue(collapsing.isHidden(map.node("b1")));

        MapGeometry geometry = new TreeLayout().layout(LayoutInput.of(map, SIZES, collapsing));
        assertNull(geometry.rectOf("b"));
        assertNull(geometry.rectOf("to-b"), "no junction, so no link is drawn to it");
        assertTrue(geometry.rectOf("a") != null);
    }

    @Test
    void theMainClaimIsNeverFilteredAndCollapsingStillWorksBeside() {
        ArgumentMap map = CommentThreads.post();
        comment(map, "a", "post", "alice", 10);
        comment(map, "a1", "a", "bob", 1);
        comment(map, "c", "post", "carol", 1);
        Collapsing collapsing = Collapsing.of(map, Set.of("a"), Set.of("post", "c"));
        assertFalse(collapsing.isHidden(map.node("post")));
        assertTrue(collapsing.isHidden(map.node("a1")));
        assertTrue(collapsing.isHidden(map.node("c")));
        assertEquals(1, collapsing.hiddenBelow("a"));
        assertEquals(Set.of("post", "a", "to-a"), ids(LayoutInput.of(map, SIZES, collapsing)));
    }
}
