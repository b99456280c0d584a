package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.Role;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class ChangeTypeCommandTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();

    @Test
    void oneKeyTurnsAReasonIntoAnObjectionAndBack() {
        ChangeTypeCommand toObjection = ChangeTypeCommand.toggle(map, "s2");
        assertEquals("Change to Objection", toObjection.description());
        history.execute(toObjection);
        assertEquals(Role.OBJECTION, map.roleOf(map.statement("s2")));
        assertEquals("Change to Objection", history.undoDescription().orElseThrow());

        ChangeTypeCommand toReason = ChangeTypeCommand.toggle(map, "s2");
        assertEquals("Change to Reason", toReason.description());
        history.execute(toReason);
        assertEquals(Role.REASON, map.roleOf(map.statement("s2")));
        history.undo();
        history.undo();
        assertEquals(InferenceContent.of(InferenceType.SUPPORT), map.inference("i1").content());
    }

    @Test
    void aLinkedGroupChangesAsAWhole() {
        history.execute(ChangeTypeCommand.toggle(map, "s5"));
        assertEquals(Role.OBJECTION, map.roleOf(map.statement("s4")));
    }

    @Test
    void aModeratorClassifiesAReplyWithOneKey() {
        map.addStatement("r1", StatementContent.claim("A comment"));
        map.addInference("ir", InferenceContent.of(InferenceType.REPLY), List.of("r1"), "s1");
        ChangeTypeCommand classify = ChangeTypeCommand.ofStatement(map, "r1", InferenceType.REPHRASE);
        history.execute(classify);
        assertEquals(Role.REPHRASING, map.roleOf(map.statement("r1")));
        assertEquals("Change to Rephrasing", history.undoDescription().orElseThrow());
        history.undo();
        assertEquals(Role.REPLY, map.roleOf(map.statement("r1")));
        history.execute(ChangeTypeCommand.toggle(map, "r1"));
        assertEquals(Role.REASON, map.roleOf(map.statement("r1")), "the toggle makes a reply a reason first");
    }

    @Test
    void aContradictionThatStopsBeingAnAttackBecomesDefeasible() {
        map.updateInference("i2", map.inference("i2").content().withFlavour(InferenceFlavour.CONTRADICTORY));
        history.execute(ChangeTypeCommand.toggle(map, "s3"));
        assertEquals(InferenceFlavour.DEFEASIBLE, map.inference("i2").content().flavour());
        history.undo();
        assertEquals(InferenceFlavour.CONTRADICTORY, map.inference("i2").content().flavour());
    }

    @Test
    void aMainClaimIsNeitherReasonNorObjection() {
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> ChangeTypeCommand.toggle(map, "s1"));
        assertEquals("“Homework should be abolished.” supports or attacks nothing, so it is neither a reason nor"
                + " an objection.", refused.getMessage());
    }
}
