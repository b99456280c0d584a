package org.argumap.edit;

import static org.argumap.edit.AddCommandsTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.edit.clipboard.FragmentExtractor;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.edit.clipboard.OutlineTextParser;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Position;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class ClipboardCommandsTest {
    private final ArgumentMap map = SampleDebate.build();
    private final CommandHistory history = new CommandHistory();
    private final List<String> before = UndoEverythingPropertyTest.snapshot(map);

    @Test
    void pasteInTheSameMapGivesFreshIdsAndKeepsObjectionsObjections() {
        MapFragment copied = FragmentExtractor.extract(map, List.of("s3"));
        PasteCommand paste = PasteCommand.under(map, copied, "s8", null);
        history.execute(paste);
        Statement pasted = map.statement(paste.pastedIds().get(0));
        assertNotEquals("s3", pasted.id());
        assertEquals("Practice needs time outside school.", pasted.text());
        assertEquals(Role.OBJECTION, map.roleOf(pasted));
        assertEquals(map.statement("s8"), MapStructure.parent(map, pasted));
        Statement rebuttal = MapStructure.children(map, pasted).get(0);
        assertEquals("Practice can happen in school.", rebuttal.text());
        assertEquals(Role.REBUTTAL, map.roleOf(rebuttal));
        assertEquals("Paste", history.undoDescription().orElseThrow());
        undoRedo(before);
    }

    @Test
    void cutAndPasteMovesABranchKeepingItsIdsAndTheUndercutOfItsLink() {
        CutCommand cut = new CutCommand(map, List.of("s2"));
        assertTrue(cut.plan().takesBranch());
        history.execute(cut);
        assertEquals("Cut", history.undoDescription().orElseThrow());
        assertFalse(map.contains("s2"));
        assertFalse(map.contains("s7"), "the undercut of the deleted step went with it");

        history.execute(PasteCommand.under(map, cut.fragment(), "s3", null));
        assertEquals(map.statement("s3"), MapStructure.parent(map, map.statement("s2")), "the same id, elsewhere");
        assertEquals(List.of("s4", "s5"), ids(MapStructure.children(map, map.statement("s2"))));
        assertEquals(Role.UNDERCUTTER, map.roleOf(map.statement("s7")));
        assertEquals(map.statement("s3"), map.inference("i1").target(), "and the undercut still attacks that step");
        history.undo();
        history.undo();
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    @Test
    void pastedAsMainClaimsTheLinkIsDroppedAndPlacesFollowTheOrigin() {
        map.moveTo("s3", new Position(10, 10));
        map.moveTo("s6", new Position(30, 70));
        MapFragment copied = FragmentExtractor.extract(map, List.of("s3"));
        PasteCommand paste = PasteCommand.asMainClaims(map, copied, new Position(500, 500));
        history.execute(paste);
        Statement pasted = map.statement(paste.pastedIds().get(0));
        assertEquals(Role.MAIN_CLAIM, map.roleOf(pasted));
        assertEquals(new Position(500, 500), pasted.position());
        assertEquals(new Position(520, 560), MapStructure.children(map, pasted).get(0).position());
    }

    @Test
    void pastedTextBecomesABranchUnderTheSelection() {
        MapFragment text = OutlineTextParser.parse("Tired pupils learn less\n  - Sleep research is mixed\nHomework is old\n");
        PasteCommand paste = PasteCommand.under(map, text, "s1", null);
        history.execute(paste);
        assertEquals(2, paste.pastedIds().size());
        for (String id : paste.pastedIds()) {
            assertEquals(Role.REASON, map.roleOf(map.statement(id)), "unmarked top lines become reasons");
        }
        Statement tired = map.statement(paste.pastedIds().get(0));
        assertEquals(Role.OBJECTION, map.roleOf(MapStructure.children(map, tired).get(0)));
    }

    @Test
    void duplicateCopiesABranchBesideTheOriginal() {
        map.moveTo("s4", new Position(100, 100));
        List<String> placed = UndoEverythingPropertyTest.snapshot(map);
        DuplicateCommand duplicate = new DuplicateCommand(map, List.of("s2"));
        history.execute(duplicate);
        Statement copy = map.statement(duplicate.copyIds().get(0));
        assertEquals("Homework widens inequality.", copy.text());
        assertEquals(map.statement("s1"), MapStructure.parent(map, copy), "under the same parent, the same way");
        assertEquals(Role.REASON, map.roleOf(copy));
        Statement copiedPremise = MapStructure.children(map, copy).get(0);
        assertEquals(new Position(100 + DuplicateCommand.OFFSET, 100 + DuplicateCommand.OFFSET), copiedPremise.position());
        assertEquals(List.of("s2", copy.id(), "s3").size(), MapStructure.children(map, map.statement("s1")).size());
        assertEquals("Duplicate", history.undoDescription().orElseThrow());
        undoRedo(placed);
    }

    @Test
    void pasteKeepsIdsFromAnotherMapWhereTheyAreFree() {
        ArgumentMap other = new ArgumentMap();
        other.addStatement("s1", StatementContent.claim("clashes"));
        other.addStatement("x7", StatementContent.claim("free"));
        PasteCommand paste = PasteCommand.asMainClaims(map, MapFragment.fromMap(other), null);
        history.execute(paste);
        assertEquals("x7", paste.pastedIds().get(1));
        assertNotEquals("s1", paste.pastedIds().get(0));
        assertEquals("clashes", map.statement(paste.pastedIds().get(0)).text());
    }

    @Test
    void nothingToPasteOrNowhereToPasteIsRefused() {
        assertThrows(EditRefusedException.class,
                () -> history.execute(PasteCommand.asMainClaims(map, MapFragment.empty(), null)));
        MapFragment copied = FragmentExtractor.extract(map, List.of("s3"));
        assertThrows(EditRefusedException.class, () -> history.execute(PasteCommand.under(map, copied, "gone", null)));
        assertEquals(before, UndoEverythingPropertyTest.snapshot(map));
    }

    private void undoRedo(List<String> start) {
        List<String> after = UndoEverythingPropertyTest.snapshot(map);
        history.undo();
        assertEquals(start, UndoEverythingPropertyTest.snapshot(map));
        history.redo();
        assertEquals(after, UndoEverythingPropertyTest.snapshot(map));
    }
}
