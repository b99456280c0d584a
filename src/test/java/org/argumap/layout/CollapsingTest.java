package org.argumap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollapsingTest {
    private ArgumentMap map;

    @BeforeEach
    void debate() {
        map = new ArgumentMap();
        for (String id : List.of("thesis", "reason", "sub1", "sub2", "objection", "undercutter", "shared")) {
            map.addStatement(id, StatementContent.claim(id));
        }
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "thesis");
        map.addInference("i2", InferenceContent.of(InferenceType.SUPPORT), List.of("sub1", "sub2"), "reason");
        map.addInference("i3", InferenceContent.of(InferenceType.ATTACK), List.of("objection"), "thesis");
        map.addInference("i4", InferenceContent.of(InferenceType.ATTACK), List.of("undercutter"), "i2");
        // "shared" supports both the reason and the objection: collapsing one branch keeps it visible.
        map.addInference("i5", InferenceContent.of(InferenceType.SUPPORT), List.of("shared"), "reason");
        map.addInference("i6", InferenceContent.of(InferenceType.SUPPORT), List.of("shared"), "objection");
    }

    @Test
    void aCollapsedStatementHidesItsBranchButStaysVisible() {
        Collapsing collapsing = Collapsing.of(map, Set.of("reason"));
        assertFalse(collapsing.isHidden(map.node("reason")));
        for (String id : List.of("i2", "sub1", "sub2", "i4", "undercutter", "i5")) {
            assertTrue(collapsing.isHidden(map.node(id)), id);
        }
        assertFalse(collapsing.isHidden(map.node("shared")), "still reached through the objection");
        assertEquals(3, collapsing.hiddenBelow("reason"), "sub1, sub2 and the undercutter");
    }

    @Test
    void collapsingTheTopHidesEverythingButIt() {
        Collapsing collapsing = Collapsing.of(map, Set.of("thesis"));
        assertEquals(6, collapsing.hiddenBelow("thesis"));
        assertFalse(collapsing.isHidden(map.node("thesis")));
        assertTrue(collapsing.isHidden(map.node("shared")));
    }

    @Test
    void aCollapsedStatementInsideACollapsedBranchCountsNothing() {
        Collapsing collapsing = Collapsing.of(map, Set.of("thesis", "reason"));
        assertEquals(0, collapsing.hiddenBelow("reason"));
        assertTrue(collapsing.isHidden(map.node("reason")));
    }

    @Test
    void nothingCollapsedHidesNothing() {
        Collapsing collapsing = Collapsing.of(map, Set.of());
        map.nodes().forEach(node -> assertFalse(collapsing.isHidden(node)));
    }
}
