package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.argumap.io.AtomicFiles.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The status bar's word after Save and Export: nothing more when the file was replaced atomically,
 * and why not when it could not be (AtomicFilesTest makes both happen).
 */
class SaveNoticeTest {

    @Test
    void anAtomicSaveIsJustSaved() {
        assertEquals("Saved /maps/pets.argumap.json", DocumentController.withNote("Saved /maps/pets.argumap.json", Outcome.ATOMIC));
    }

    @Test
    void aSaveThatCouldNotBeAtomicSaysSo() {
        assertEquals("Saved /maps/pets.argumap.json (this drive cannot replace a file in one step, so the old file was kept"
                + " as a copy until the new one was safely written)",
                DocumentController.withNote("Saved /maps/pets.argumap.json", Outcome.NOT_ATOMIC));
    }
}
