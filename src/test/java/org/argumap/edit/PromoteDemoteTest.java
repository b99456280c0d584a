package org.argumap.edit;

import static org.argumap.edit.AddCommandsTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceType;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;

class PromoteDemoteTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();
    private final List<String> before = UndoEverythingPropertyTest.snapshot(map);

    @Test
    void promoteMakesARebuttalAnObjectionOfTheGrandparentRightAfterItsOldParent() {
        history.execute(new PromoteCommand(map, "s6"));
        Statement s6 = map.statement("s6");
        assertEquals(map.statement("s1"), MapStructure.parent(map, s6));
        assertEquals(Role.OBJECTION, map.roleOf(s6));
        assertEquals("i4", MapStructure.parentInference(map, s6).id(), "a sole premise takes its inference along");
        assertEquals(List.of("s2", "s3", "s6"), ids(MapStructure.children(map, map.statement("s1"))));
        assertEquals("Promote", history.undoDescription().orElseThrow());
        undoRedo();
    }

    @Test
    void aPromotedCoPremiseLeavesItsGroupWithAnInferenceOfTheGroupsType() {
        history.execute(new PromoteCommand(map, "s5"));
        Statement s5 = map.statement("s5");
        assertEquals(List.of("s4"), ids(map.inference("i3").premises()));
        assertEquals(map.statement("s1"), MapStructure.parent(map, s5));
        assertEquals(InferenceType.SUPPORT, MapStructure.parentInference(map, s5).type());
        assertEquals(List.of("s2", "s5", "s3"), ids(MapStructure.children(map, map.statement("s1"))),
                "right after its old parent");
        undoRedo();
    }

    @Test
    void aChildOfAMainClaimBecomesAMainClaimUnlessItsStepIsUndercut() {
        history.execute(new PromoteCommand(map, "s3"));
        assertEquals(Role.MAIN_CLAIM, map.roleOf(map.statement("s3")));
        assertEquals(List.of("s1", "s3", "s8"), ids(map.mainClaims()));
        undoRedo();
        history.undo();

        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> history.execute(new PromoteCommand(map, "s2")));
        assertEquals("The step from “Homework widens inequality.” to “Homework should be abolished.” is undercut;"
                + " promoting it to a main claim would delete the undercut.", refused.getMessage());
        assertThrows(EditRefusedException.class, () -> history.execute(new PromoteCommand(map, "s1")));
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void anUndercutterPromotedAttacksTheClaimTheStepLeadsTo() {
        history.execute(new PromoteCommand(map, "s7"));
        assertEquals(map.statement("s1"), MapStructure.parent(map, map.statement("s7")));
        assertEquals(Role.OBJECTION, map.roleOf(map.statement("s7")));
    }

    @Test
    void demoteHangsAStatementUnderItsPreviousSiblingAsItsLastChild() {
        history.execute(new DemoteCommand(map, "s3"));
        Statement s3 = map.statement("s3");
        assertEquals(map.statement("s2"), MapStructure.parent(map, s3));
        assertEquals(Role.OBJECTION, map.roleOf(s3), "it keeps its type of link");
        assertEquals(List.of("s4", "s5", "s3"), ids(MapStructure.children(map, map.statement("s2"))));
        assertEquals("Demote", history.undoDescription().orElseThrow());
        undoRedo();
    }

    @Test
    void demotingAMainClaimMakesItAReasonOfThePreviousMainClaim() {
        history.execute(new DemoteCommand(map, "s8"));
        assertEquals(Role.REASON, map.roleOf(map.statement("s8")));
        assertEquals(map.statement("s1"), MapStructure.parent(map, map.statement("s8")));
    }

    @Test
    void demoteThenPromoteGivesTheMapBack() {
        history.execute(new DemoteCommand(map, "s3"));
        history.execute(new PromoteCommand(map, "s3"));
        assertEquals(map.statement("s1"), MapStructure.parent(map, map.statement("s3")));
        assertEquals(List.of("s2", "s3"), ids(MapStructure.children(map, map.statement("s1"))));
    }

    @Test
    void aFirstChildCannotBeDemotedNorMadeToCloseACircle() {
        assertThrows(EditRefusedException.class, () -> history.execute(new DemoteCommand(map, "s2")));
        assertThrows(EditRefusedException.class, () -> history.execute(new DemoteCommand(map, "s4")));
        // s5's previous sibling s4 — make s4 also a reason of s5's own reason, so s4 bears on s5.
        history.execute(AddChildCommand.reason(map, "s5", "below s5"));
        String below = MapStructure.children(map, map.statement("s5")).get(0).id();
        history.execute(ConnectCommand.asReason(map, "s4", below));
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> history.execute(new DemoteCommand(map, "s5")));
        assertEquals("“Help at home makes homework pay.” already bears on “Not every pupil has help at home.”,"
                + " so this would make a circle.", refused.getMessage());
    }

    private void undoRedo() {
        List<String> after = UndoEverythingPropertyTest.snapshot(map);
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
        history.redo();
        assertEquals(after, UndoEverythingPropertyTest.snapshot(map));
    }
}
