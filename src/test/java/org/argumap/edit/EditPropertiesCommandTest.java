package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.argumap.model.ArgumentMap;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

/** The inspector names each step after the field it changed, so Undo says what it will undo. */
class EditPropertiesCommandTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();

    @Test
    void aNamedEditUndoesUnderItsNameAndMergesKeepingIt() {
        StatementContent old = map.statement("s2").content();
        Object focus = new Object();
        history.execute(EditPropertiesCommand.statement(map, "s2", old.withNotes("A"), focus).named("Edit Notes"));
        history.execute(EditPropertiesCommand.statement(map, "s2", old.withNotes("Ab"), focus).named("Edit Notes"));

        assertEquals(1, history.undoCount());
        assertEquals("Edit Notes", history.undoDescription().orElseThrow());
        history.undo();
        assertEquals(old, map.statement("s2").content());
        assertEquals("Edit Notes", history.redoDescription().orElseThrow());
        history.redo();
        assertEquals("Ab", map.statement("s2").content().notes());
    }

    @Test
    void withoutANameItIsEditProperties() {
        StatementContent old = map.statement("s2").content();
        history.execute(EditPropertiesCommand.statement(map, "s2", old.withAuthor("Ada"), null));
        assertEquals(EditPropertiesCommand.DESCRIPTION, history.undoDescription().orElseThrow());
    }
}
