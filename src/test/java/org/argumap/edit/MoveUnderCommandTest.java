package org.argumap.edit;

import static org.argumap.edit.AddCommandsTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

/** Moving a statement with its branch under any other statement, keeping its kind of link (see {@link SampleDebate}). */
class MoveUnderCommandTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();
    private final List<String> before = UndoEverythingPropertyTest.snapshot(map);

    @Test
    void anObjectionMovedUnderAnotherStatementStaysAnObjectionAsItsLastChild() {
        history.execute(new MoveUnderCommand(map, "s6", "s2"));
        Statement s6 = map.statement("s6");
        assertEquals(map.statement("s2"), MapStructure.parent(map, s6));
        assertEquals(Role.OBJECTION, map.roleOf(s6));
        assertEquals("i4", MapStructure.parentInference(map, s6).id(), "a sole premise takes its inference along");
        assertEquals(List.of("s4", "s5", "s6"), ids(MapStructure.children(map, map.statement("s2"))));
        assertEquals(List.of(), MapStructure.children(map, map.statement("s3")));
        assertEquals("Move Under", history.undoDescription().orElseThrow());
        undoRedo();
    }

    @Test
    void aStatementMovesWithItsBranchAndTheUndercutsOfItsStep() {
        history.execute(new MoveUnderCommand(map, "s2", "s3"));
        assertEquals(map.statement("s3"), MapStructure.parent(map, map.statement("s2")));
        assertEquals(List.of("s4", "s5"), ids(MapStructure.children(map, map.statement("s2"))), "its branch came along");
        assertEquals("i1", map.inference("i5").target().id(), "the undercut still attacks the step, now to s3");
        assertEquals(List.of("s6", "s2"), ids(MapStructure.children(map, map.statement("s3"))));
        undoRedo();
    }

    @Test
    void aCoPremiseLeavesItsGroupWithALinkOfTheGroupsType() {
        history.execute(new MoveUnderCommand(map, "s5", "s6"));
        assertEquals(List.of("s4"), ids(map.inference("i3").premises()));
        Statement s5 = map.statement("s5");
        assertEquals(map.statement("s6"), MapStructure.parent(map, s5));
        assertEquals(InferenceType.SUPPORT, MapStructure.parentInference(map, s5).type());
        undoRedo();
    }

    @Test
    void aStatementThatAlsoBearsElsewhereHangsUnderItsNewParentAndKeepsItsOtherLink() {
        map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT), List.of("s5"), "s8");
        List<String> shared = UndoEverythingPropertyTest.snapshot(map);
        history.execute(new MoveUnderCommand(map, "s5", "s6"));
        Statement s5 = map.statement("s5");
        assertEquals(map.statement("s6"), MapStructure.parent(map, s5), "the moved link comes first");
        assertEquals(List.of("s6", "s8"), map.inferencesFrom(s5).stream().map(i -> i.target().id()).toList());
        history.undo();
        assertEquals(shared, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void aMainClaimBecomesAReasonAndAnUndercutterAnAttackOnTheStatement() {
        history.execute(new MoveUnderCommand(map, "s8", "s3"));
        assertEquals(Role.REASON, map.roleOf(map.statement("s8")));
        assertEquals(List.of("s6", "s8"), ids(MapStructure.children(map, map.statement("s3"))));
        assertEquals(List.of("s1"), ids(map.mainClaims()));

        history.execute(new MoveUnderCommand(map, "s7", "s3"));
        assertEquals(Role.REBUTTAL, map.roleOf(map.statement("s7")), "an attack on the objection s3");
        assertEquals(List.of("s6", "s8", "s7"), ids(MapStructure.children(map, map.statement("s3"))));
        history.undo();
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void circlesAndMovesThatChangeNothingAreRefusedBeforeAnythingChanges() {
        EditRefusedException circle = assertThrows(EditRefusedException.class,
                () -> history.execute(new MoveUnderCommand(map, "s1", "s6")));
        assertEquals("“Practice can happen in school.” already bears on “Homework should be abolished.”,"
                + " so this would make a circle.", circle.getMessage());
        EditRefusedException itself = assertThrows(EditRefusedException.class,
                () -> history.execute(new MoveUnderCommand(map, "s3", "s3")));
        assertEquals("A statement cannot support or attack itself.", itself.getMessage());
        EditRefusedException already = assertThrows(EditRefusedException.class,
                () -> history.execute(new MoveUnderCommand(map, "s3", "s1")));
        assertEquals("“Practice needs time outside school.” already bears on “Homework should be abolished.”.",
                already.getMessage());
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
        assertEquals(false, history.canUndo());
    }

    private void undoRedo() {
        List<String> after = UndoEverythingPropertyTest.snapshot(map);
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
        history.redo();
        assertEquals(after, UndoEverythingPropertyTest.snapshot(map));
    }
}
