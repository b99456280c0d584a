package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;
import org.junit.jupiter.api.Test;

class AddCommandsTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();
    private final List<String> before = UndoEverythingPropertyTest.snapshot(map);

    @Test
    void addReasonMakesASupportedClaimUnderTheParentAndReturnsItsId() {
        AddChildCommand add = AddChildCommand.reason(map, "s2", "Tutoring costs money.");
        history.execute(add);
        Statement reason = map.statement(add.createdId());
        assertEquals("Tutoring costs money.", reason.text());
        assertEquals(Role.REASON, map.roleOf(reason));
        assertEquals(map.statement("s2"), MapStructure.parent(map, reason));
        assertEquals(reason, last(MapStructure.children(map, map.statement("s2"))), "the last child");
        assertEquals("Add Reason", history.undoDescription().orElseThrow());
        assertUndoRedo(add.createdId());
    }

    @Test
    void addObjectionAndEvidence() {
        AddChildCommand objection = AddChildCommand.objection(map, "s2", "");
        history.execute(objection);
        assertEquals(Role.OBJECTION, map.roleOf(map.statement(objection.createdId())));
        assertEquals("Add Objection", history.undoDescription().orElseThrow());

        AddChildCommand evidence = AddChildCommand.evidence(map, "s2", "A study");
        history.execute(evidence);
        Statement source = map.statement(evidence.createdId());
        assertEquals(StatementKind.EVIDENCE, source.kind());
        assertEquals(Role.REASON, map.roleOf(source));
        assertEquals("Add Evidence", history.undoDescription().orElseThrow());
    }

    @Test
    void anObjectionToAnInferenceIsAnUndercut() {
        AddChildCommand undercut = AddChildCommand.objection(map, "i2", "Not this step.");
        history.execute(undercut);
        assertEquals(Role.UNDERCUTTER, map.roleOf(map.statement(undercut.createdId())));
    }

    @Test
    void aSiblingHasTheSameKindOfLinkToTheSameParentRightAfterTheSelection() {
        AddSiblingCommand sibling = new AddSiblingCommand(map, "s2", "Homework takes family time.");
        history.execute(sibling);
        Statement added = map.statement(sibling.createdId());
        assertEquals(Role.REASON, map.roleOf(added));
        assertEquals(List.of("s2", added.id(), "s3"), ids(MapStructure.children(map, map.statement("s1"))));
        assertEquals("Add Sibling", history.undoDescription().orElseThrow());
        assertUndoRedo(sibling.createdId());

        AddSiblingCommand objection = new AddSiblingCommand(map, "s6", "");
        history.execute(objection);
        assertEquals(Role.REBUTTAL, map.roleOf(map.statement(objection.createdId())));
    }

    @Test
    void aSiblingOfAMainClaimIsAMainClaimRightAfterIt() {
        AddSiblingCommand sibling = new AddSiblingCommand(map, "s1", "Another thesis.");
        history.execute(sibling);
        assertEquals(List.of("s1", sibling.createdId(), "s8"), ids(map.mainClaims()));
    }

    @Test
    void aCoPremiseJoinsTheGroupRightAfterTheSelection() {
        AddCoPremiseCommand add = new AddCoPremiseCommand(map, "s4", "Help at home is unequal.");
        history.execute(add);
        assertEquals(List.of("s4", add.createdId(), "s5"), ids(map.inference("i3").premises()));
        assertEquals("Add Co-premise", history.undoDescription().orElseThrow());
        assertUndoRedo(add.createdId());

        history.execute(new AddCoPremiseCommand(map, "s2", "Single premise becomes linked."));
        assertTrue(map.inference("i1").isLinked());
    }

    @Test
    void aMainClaimHasNoCoPremise() {
        assertNotNull(AddCoPremiseCommand.refusal(map, "s1"));
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> history.execute(new AddCoPremiseCommand(map, "s1", "x")));
        assertEquals("“Homework should be abolished.” supports or attacks nothing, so it has no co-premises;"
                + " add a reason to it instead.", refused.getMessage());
        assertFalse(history.canUndo());
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void addClaimMakesAMainClaimWhereAsked() {
        AddClaimCommand add = new AddClaimCommand(map, "New thesis.", new Position(10, 20));
        history.execute(add);
        Statement claim = map.statement(add.createdId());
        assertEquals(Role.MAIN_CLAIM, map.roleOf(claim));
        assertEquals(new Position(10, 20), claim.position());
        assertUndoRedo(add.createdId());
    }

    @Test
    void createdIdIsUnknownBeforeExecution() {
        assertThrows(IllegalStateException.class, () -> AddChildCommand.reason(map, "s1", "").createdId());
    }

    @Test
    void redoMakesTheSameIdsAndTheSameObjects() {
        AddChildCommand add = AddChildCommand.reason(map, "s1", "x");
        history.execute(add);
        Statement first = map.statement(add.createdId());
        Inference link = MapStructure.parentInference(map, first);
        history.undo();
        history.redo();
        assertEquals(first, map.statement(add.createdId()), "the very statement, under its id");
        assertEquals(link, MapStructure.parentInference(map, first));
        assertEquals(InferenceType.SUPPORT, link.type());
    }

    /** Undo gives the map from before the test's commands (with one command done), redo the map after. */
    private void assertUndoRedo(String createdId) {
        List<String> after = UndoEverythingPropertyTest.snapshot(map);
        history.undo();
        assertFalse(map.contains(createdId));
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
        history.redo();
        assertEquals(after, UndoEverythingPropertyTest.snapshot(map));
    }

    static List<String> ids(List<? extends MapNode> nodes) {
        return nodes.stream().map(MapNode::id).toList();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
