package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class DeleteCommandTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();
    private final List<String> before = UndoEverythingPropertyTest.snapshot(map);

    @Test
    void aLeafGoesAloneWithoutAsking() {
        DeletionPlan plan = DeletionPlan.of(map, List.of("s6"));
        assertFalse(plan.takesBranch());
        assertEquals(List.of("s6"), plan.statementIds());
        history.execute(new DeleteCommand(map, List.of("s6")));
        assertFalse(map.contains("s6"));
        assertFalse(map.contains("i4"), "the model removes the inference that lost its only premise");
        assertEquals("Delete", history.undoDescription().orElseThrow());
        undoRedo();
    }

    @Test
    void aClaimTakesWhatOnlyHangsFromItAndTheUIMayAskFirst() {
        DeletionPlan plan = DeletionPlan.of(map, List.of("s2"));
        assertTrue(plan.takesBranch());
        assertEquals(List.of("s2", "s4", "s5", "s7"), plan.statementIds(), "reasons and the undercutter of its step");
        assertEquals(4, plan.statementCount());
        history.execute(new DeleteCommand(map, List.of("s2")));
        assertEquals("Delete Branch", history.undoDescription().orElseThrow());
        assertEquals(List.of("s1", "s3", "s6", "s8"), AddCommandsTest.ids(map.statements()));
        undoRedo();
    }

    @Test
    void aStatementThatAlsoBearsOnSomethingElseStays() {
        map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT), List.of("s4"), "s8");
        List<String> shared = UndoEverythingPropertyTest.snapshot(map);
        history.execute(new DeleteCommand(map, List.of("s2")));
        assertTrue(map.contains("s4"));
        assertEquals(List.of("i9"), AddCommandsTest.ids(map.inferencesFrom(map.statement("s4"))));
        history.undo();
        assertEquals(shared, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void deletingAnInferenceDisconnectsItsPremisesAndTakesItsUndercuts() {
        DeletionPlan plan = DeletionPlan.of(map, List.of("i1"));
        assertEquals(List.of("s7"), plan.statementIds(), "the undercutter hangs only from the deleted step");
        assertTrue(plan.takesBranch());
        history.execute(new DeleteCommand(map, List.of("i1")));
        assertTrue(map.contains("s2"));
        assertEquals(List.of("s1", "s2", "s8"), AddCommandsTest.ids(map.mainClaims()));
        undoRedo();
    }

    @Test
    void aTitledArgumentOutlivesItsPremisesAsTheModelKeepsIt() {
        map.addStatement("s9", StatementContent.claim("p"));
        map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT).withTitle("Titled"), List.of("s9"), "s8");
        DeletionPlan plan = DeletionPlan.of(map, List.of("s9"));
        assertEquals(List.of("s9"), plan.statementIds());
        history.execute(new DeleteCommand(map, List.of("s9")));
        assertTrue(map.contains("i9"));
        assertTrue(map.inference("i9").premises().isEmpty());
    }

    @Test
    void aCircleHangsFromWhereItIsCut() {
        // s1 now bears on s6, which bears on s3, which bears on s1: s1 is no longer at the top.
        map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT), List.of("s1"), "s6");
        DeletionPlan plan = DeletionPlan.of(map, List.of("s3"));
        assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7"), plan.statementIds(),
                "s6 hangs from s3, s1 only from s6, and the rest from s1");
        history.execute(new DeleteCommand(map, List.of("s3")));
        assertEquals(List.of("s8"), AddCommandsTest.ids(map.statements()));
        history.undo();
        assertTrue(map.contains("i9"));
    }

    private void undoRedo() {
        List<String> after = UndoEverythingPropertyTest.snapshot(map);
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
        history.redo();
        assertEquals(after, UndoEverythingPropertyTest.snapshot(map));
    }
}
