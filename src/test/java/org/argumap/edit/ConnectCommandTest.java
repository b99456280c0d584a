package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Role;
import org.junit.jupiter.api.Test;

class ConnectCommandTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();
    private final List<String> before = UndoEverythingPropertyTest.snapshot(map);

    @Test
    void connectsAMainClaimAsAReasonAndReturnsTheNewInference() {
        ConnectCommand connect = ConnectCommand.asReason(map, "s8", "s3");
        history.execute(connect);
        Inference made = map.inference(connect.createdId());
        assertEquals(InferenceType.SUPPORT, made.type());
        assertEquals(Role.REASON, map.roleOf(map.statement("s8")));
        assertEquals("Connect as Reason", history.undoDescription().orElseThrow());
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void anObjectionAndAnUndercutOfAStatementsStep() {
        history.execute(ConnectCommand.asObjection(map, "s8", "s2"));
        assertEquals(Role.OBJECTION, map.roleOf(map.statement("s8")));
        assertEquals("Connect as Objection", history.undoDescription().orElseThrow());
        history.undo();

        ConnectCommand undercut = ConnectCommand.asUndercut(map, "s8", "s3");
        history.execute(undercut);
        assertEquals(map.inference("i2"), map.inference(undercut.createdId()).target(), "the step from s3 to s1");
        assertEquals(Role.UNDERCUTTER, map.roleOf(map.statement("s8")));
        assertEquals("Connect as Undercut", history.undoDescription().orElseThrow());
    }

    @Test
    void aStatementKeepsItsOtherLinks() {
        history.execute(ConnectCommand.asReason(map, "s6", "s8"));
        assertEquals(2, map.inferencesFrom(map.statement("s6")).size());
    }

    @Test
    void refusesSelfSupportCirclesDuplicatesAndUndercutsOfMainClaims() {
        assertRefused("A statement cannot support or attack itself.", ConnectCommand.asReason(map, "s2", "s2"));
        assertRefused("“Help at home makes homework pay.” already bears on “Homework should be abolished.”,"
                + " so this connection would make a circle.", ConnectCommand.asReason(map, "s1", "s4"));
        assertRefused("“Homework widens inequality.” is already connected that way to “Homework should be abolished.”.",
                ConnectCommand.asReason(map, "s2", "s1"));
        assertRefused("“Schools should start later.” supports or attacks nothing, so there is no step of it to undercut.",
                ConnectCommand.asUndercut(map, "s2", "s8"));
        assertRefused("Only a statement can be a reason, an objection or an undercut; drag from a statement.",
                ConnectCommand.asReason(map, "i1", "s8"));
        assertFalse(history.canUndo());
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void possibleConnectionsForTheChooser() {
        assertEquals(EnumSet.allOf(Connection.class), ConnectCommand.possible(map, "s8", "s3"));
        assertEquals(EnumSet.of(Connection.REASON, Connection.OBJECTION), ConnectCommand.possible(map, "s3", "s8"));
        assertEquals(EnumSet.of(Connection.REASON, Connection.UNDERCUT), ConnectCommand.possible(map, "s8", "i1"),
                "on a step, an objection is an undercut");
        assertEquals(EnumSet.of(Connection.OBJECTION), ConnectCommand.possible(map, "s2", "s1"),
                "it is a reason already, and a main claim makes no step");
        assertEquals(EnumSet.of(Connection.REASON, Connection.OBJECTION), ConnectCommand.possible(map, "s4", "s1"),
                "a shortcut upwards is no circle");
        assertEquals(EnumSet.noneOf(Connection.class), ConnectCommand.possible(map, "s1", "s4"));
    }

    @Test
    void joinsAGroupOfCoPremises() {
        history.execute(new JoinCoPremisesCommand(map, "s8", "i3"));
        assertEquals(List.of("s4", "s5", "s8"), AddCommandsTest.ids(map.inference("i3").premises()));
        assertEquals("Join Co-premises", history.undoDescription().orElseThrow());
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));

        history.execute(JoinCoPremisesCommand.withStatement(map, "s8", "s3"));
        assertEquals(List.of("s3", "s8"), AddCommandsTest.ids(map.inference("i2").premises()));
    }

    @Test
    void refusesToJoinTwiceOrInACircle() {
        assertRefused("“Help at home makes homework pay.” is already one of these premises.",
                new JoinCoPremisesCommand(map, "s4", "i3"));
        assertRefused("A statement cannot support or attack itself.", new JoinCoPremisesCommand(map, "s2", "i3"));
        assertRefused("“Homework widens inequality.” already bears on “Homework should be abolished.”, so joining"
                + " would make a circle.", new JoinCoPremisesCommand(map, "s1", "i3"));
    }

    private void assertRefused(String message, MapCommand command) {
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> history.execute(command));
        assertEquals(message, refused.getMessage());
    }
}
