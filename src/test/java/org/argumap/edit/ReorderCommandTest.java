package org.argumap.edit;

import static org.argumap.edit.AddCommandsTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

class ReorderCommandTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();
    private final List<String> before = UndoEverythingPropertyTest.snapshot(map);

    @Test
    void movesASiblingUpAndDown() {
        history.execute(ReorderCommand.up(map, "s3"));
        assertEquals(List.of("s3", "s2"), ids(MapStructure.children(map, map.statement("s1"))));
        assertEquals("Reorder", history.undoDescription().orElseThrow());
        history.execute(ReorderCommand.down(map, "s3"));
        assertEquals(List.of("s2", "s3"), ids(MapStructure.children(map, map.statement("s1"))));
        history.undo();
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void aCoPremiseMovesInsideItsGroupFirst() {
        history.execute(ReorderCommand.down(map, "s4"));
        assertEquals(List.of("s5", "s4"), ids(map.inference("i3").premises()));
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void mainClaimsMoveAmongMainClaims() {
        history.execute(ReorderCommand.up(map, "s8"));
        assertEquals(List.of("s8", "s1"), ids(map.mainClaims()));
    }

    @Test
    void theFirstCannotGoUp() {
        EditRefusedException refused = assertThrows(EditRefusedException.class,
                () -> history.execute(ReorderCommand.up(map, "s2")));
        assertEquals("It is the first already.", refused.getMessage());
        assertThrows(EditRefusedException.class, () -> history.execute(ReorderCommand.down(map, "s8")));
    }
}
