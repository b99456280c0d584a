package org.argumap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArgumentMapTest {
    private ArgumentMap map;
    private final List<MapEvent> events = new ArrayList<>();

    @BeforeEach
    void debate() {
        map = new ArgumentMap();
        map.addStatement("thesis", StatementContent.claim("Homework should be abolished."));
        map.addStatement("reason", StatementContent.claim("Homework widens inequality."));
        map.addStatement("objection", StatementContent.claim("Practice at home improves results."));
        map.addStatement("rebuttal", StatementContent.claim("Studies find little effect before age 12."));
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "thesis");
        map.addInference("i2", InferenceContent.of(InferenceType.ATTACK), List.of("objection"), "thesis");
        map.addInference("i3", InferenceContent.of(InferenceType.ATTACK), List.of("rebuttal"), "objection");
        map.addListener(events::add);
    }

    @Test
    void rolesAreDerivedFromWhatAStatementFeeds() {
        assertEquals(Role.MAIN_CLAIM, map.roleOf(map.statement("thesis")));
        assertEquals(Role.REASON, map.roleOf(map.statement("reason")));
        assertEquals(Role.OBJECTION, map.roleOf(map.statement("objection")));
        assertEquals(Role.REBUTTAL, map.roleOf(map.statement("rebuttal")));
        assertEquals(List.of(map.statement("thesis")), map.mainClaims());
    }

    @Test
    void anAttackOnAnInferenceIsAnUndercut() {
        map.addStatement("u", StatementContent.claim("Inequality has other causes."));
        Inference undercut = map.addInference("i4", InferenceContent.of(InferenceType.ATTACK), List.of("u"), "i1");
        assertTrue(undercut.isUndercut());
        assertFalse(map.inference("i2").isUndercut());
        assertEquals(Role.UNDERCUTTER, map.roleOf(map.statement("u")));
        assertEquals(List.of(undercut), map.inferencesInto(map.inference("i1")));
    }

    @Test
    void linkedPremisesBearOnTheTargetTogether() {
        map.addStatement("p2", StatementContent.claim("Poorer pupils have less help at home."));
        map.addPremise("i1", "p2", -1);
        Inference linked = map.inference("i1");
        assertTrue(linked.isLinked());
        assertEquals(List.of("reason", "p2"), linked.premises().stream().map(MapNode::id).toList());
        assertEquals(new MapEvent.PremiseAdded(linked, map.statement("p2"), 1), events.get(events.size() - 1));
    }

    @Test
    void refusesWhatWouldBreakTheRules() {
        assertRule("duplicate-id", () -> map.addStatement("reason", StatementContent.claim("again")));
        assertRule("dangling-premise", () -> map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("nope"), "thesis"));
        assertRule("dangling-target", () -> map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), "nope"));
        assertRule("missing-target", () -> map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("reason"), null));
        assertRule("self-support", () -> map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("thesis"), "thesis"));
        assertRule("self-target", () -> map.addInference("x", InferenceContent.of(InferenceType.ATTACK), List.of("reason"), "x"));
        assertRule("empty-inference", () -> map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of(), "thesis"));
        assertRule("premise-not-statement", () -> map.addInference(InferenceContent.of(InferenceType.ATTACK), List.of("i1"), "thesis"));
        assertRule("duplicate-premise", () -> map.addInference(InferenceContent.of(InferenceType.SUPPORT), List.of("reason", "reason"), "thesis"));
        assertRule("empty-inference", () -> map.removePremise("i1", "reason"));
        assertRule("self-support", () -> map.setTarget("i1", "reason"));
        assertEquals(7, map.size(), "nothing was added");
        assertTrue(events.isEmpty(), "no event for a refused change");
    }

    @Test
    void undercutsCannotFormALoop() {
        map.addStatement("u1", StatementContent.claim("a"));
        map.addStatement("u2", StatementContent.claim("b"));
        map.addInference("c1", InferenceContent.of(InferenceType.ATTACK), List.of("u1"), "i1");
        map.addInference("c2", InferenceContent.of(InferenceType.ATTACK), List.of("u2"), "c1");
        assertRule("inference-loop", () -> map.setTarget("c1", "c2"));
        assertSame(map.inference("i1"), map.inference("c1").target());
    }

    @Test
    void anArgumentWithWordsOfItsOwnMayStandWithoutPremises() {
        InferenceContent titled = InferenceContent.of(InferenceType.SUPPORT).withTitle("Argument from fairness");
        Inference argument = map.addInference("a", titled, List.of(), "thesis");
        assertTrue(argument.premises().isEmpty());
        assertRule("empty-inference", () -> map.updateInference("a", titled.withTitle("")));
    }

    @Test
    void removingAStatementTakesWhatCannotStandWithoutIt() {
        map.addStatement("u", StatementContent.claim("Inequality has other causes."));
        map.addInference("i4", InferenceContent.of(InferenceType.ATTACK), List.of("u"), "i2");
        Removal removal = map.remove(List.of("objection"));
        // i2 lost its only premise, i3 its target, i4 the inference it undercut.
        assertEquals(List.of("objection", "i2", "i3", "i4"), removal.removedIds());
        assertNull(map.node("i4"));
        assertEquals(Role.MAIN_CLAIM, map.roleOf(map.statement("rebuttal")));
    }

    @Test
    void restoreUndoesARemovalExactly() {
        map.addStatement("p2", StatementContent.claim("second premise"));
        map.addPremise("i1", "p2", 0);
        List<String> before = MapAssertions.describe(map);
        Removal removal = map.remove(List.of("p2", "objection"));
        assertEquals(List.of("reason"), map.inference("i1").premises().stream().map(MapNode::id).toList());
        map.restore(removal);
        assertEquals(before, MapAssertions.describe(map));
    }

    @Test
    void firesOneEventPerChangeWithWhatUndoNeeds() {
        Statement reason = map.statement("reason");
        StatementContent old = reason.content();
        map.updateStatement("reason", old.withText("Homework deepens inequality."));
        map.moveTo("reason", new Position(10, 20));
        map.updateStatement("reason", reason.content()); // no change, no event
        assertEquals(List.of(
                new MapEvent.StatementChanged(reason, old, old.withText("Homework deepens inequality.")),
                new MapEvent.NodeMoved(reason, null, new Position(10, 20))), events);
    }

    @Test
    void reorderingChangesSiblingOrder() {
        map.addStatement("r2", StatementContent.claim("Another reason."));
        Inference late = map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT), List.of("r2"), "thesis");
        map.reorder("i9", map.indexOf("i1"));
        assertEquals(List.of(late, map.inference("i1"), map.inference("i2")), map.inferencesInto(map.statement("thesis")));
    }

    @Test
    void rearrangingSetsTheWholeOrderInOneEvent() {
        List<MapNode> before = map.nodes();
        List<String> reversed = new ArrayList<>(before.stream().map(MapNode::id).toList());
        java.util.Collections.reverse(reversed);
        map.rearrange(reversed);
        assertEquals(reversed, map.nodes().stream().map(MapNode::id).toList());
        assertEquals(List.of(map.inference("i2"), map.inference("i1")), map.inferencesInto(map.statement("thesis")));
        assertEquals(1, events.size());
        assertThrows(IllegalArgumentException.class, () -> map.rearrange(List.of("thesis")));
        assertThrows(IllegalArgumentException.class, () -> map.rearrange(java.util.Collections.nCopies(before.size(), "thesis")));
    }

    @Test
    void freshIdsAreNeverTaken() {
        map.addStatement("s1", StatementContent.claim("taken"));
        String id = map.freshStatementId();
        assertFalse(map.contains(id));
        assertTrue(id.startsWith("s"));
    }

    @Test
    void graphViewIsReadOnly() {
        assertThrows(UnsupportedOperationException.class, () -> map.graph().removeVertex(map.statement("thesis")));
    }

    private static void assertRule(String code, Runnable change) {
        MapInvariantException e = assertThrows(MapInvariantException.class, change::run);
        assertEquals(code, e.code(), e.getMessage());
    }
}
