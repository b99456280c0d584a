package org.argumap.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceFlavour;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class EditTextCommandTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();

    @Test
    void keystrokesOfOneSessionUndoInOneStepToTheTextBeforeIt() {
        map.updateStatement("s2", map.statement("s2").content().withAuthor("Ada"));
        Object session = new Object();
        String typed = "";
        for (char c : "Homework hurts.".toCharArray()) {
            typed += c;
            history.execute(new EditTextCommand(map, "s2", typed, session));
        }
        assertEquals("Homework hurts.", map.statement("s2").text());
        assertEquals(1, history.undoCount());
        assertEquals("Edit Text", history.undoDescription().orElseThrow());

        history.undo();
        assertEquals("Homework widens inequality.", map.statement("s2").text());
        assertEquals("Ada", map.statement("s2").author(), "only the text changes");
        history.redo();
        assertEquals("Homework hurts.", map.statement("s2").text());
    }

    @Test
    void anotherSessionOrAnotherStatementIsAnotherStep() {
        Object first = new Object();
        history.execute(new EditTextCommand(map, "s2", "a", first));
        history.execute(new EditTextCommand(map, "s2", "b", new Object()));
        history.execute(new EditTextCommand(map, "s3", "c", first));
        history.execute(new EditTextCommand(map, "s3", "d"));
        history.execute(new EditTextCommand(map, "s3", "e"));
        assertEquals(5, history.undoCount());
    }

    @Test
    void typingAfterASaveStartsANewStepSoUndoingItIsClean() {
        Object session = new Object();
        history.execute(new EditTextCommand(map, "s2", "a", session));
        history.markSaved();
        history.execute(new EditTextCommand(map, "s2", "ab", session));
        assertTrue(history.isDirty());
        history.undo();
        assertFalse(history.isDirty());
        assertEquals("a", map.statement("s2").text());
    }

    @Test
    void editPropertiesReplacesTheWholeContentAndMergesPerSession() {
        StatementContent old = map.statement("s4").content();
        Object focus = new Object();
        history.execute(EditPropertiesCommand.statement(map, "s4", old.withAuthor("A"), focus));
        history.execute(EditPropertiesCommand.statement(map, "s4", old.withAuthor("Ann").withTags(List.of("x")), focus));
        assertEquals(1, history.undoCount());
        assertEquals("Edit Properties", history.undoDescription().orElseThrow());
        assertEquals(List.of("x"), map.statement("s4").tags());
        history.undo();
        assertEquals(old, map.statement("s4").content());

        InferenceContent step = InferenceContent.of(InferenceType.ATTACK).withFlavour(InferenceFlavour.STRICT)
                .withScheme("Argument from Analogy");
        history.execute(EditPropertiesCommand.inference(map, "i1", step, null));
        assertEquals(step, map.inference("i1").content());
        history.undo();
        assertEquals(InferenceContent.of(InferenceType.SUPPORT), map.inference("i1").content());
    }

    @Test
    void anArgumentWithoutPremisesKeepsItsWords() {
        map.addInference("i9", InferenceContent.of(InferenceType.SUPPORT).withTitle("Argument"), List.of(), "s1");
        EditRefusedException refused = assertThrows(EditRefusedException.class, () -> history.execute(
                EditPropertiesCommand.inference(map, "i9", InferenceContent.of(InferenceType.SUPPORT), null)));
        assertEquals("An argument without premises needs a title or a description.", refused.getMessage());
        assertFalse(history.canUndo());
    }
}
