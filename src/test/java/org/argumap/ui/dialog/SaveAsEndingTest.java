package org.argumap.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save As with a name typed without its ending: the platform's dialog asked about the name as
 * typed, so when the ending Argumap adds makes it an existing map, Argumap must ask again before
 * replacing that map.
 */
class SaveAsEndingTest {
    @Test
    void anEndingThatMakesTheNameAnExistingMapNeedsAQuestion(@TempDir Path folder) throws Exception {
        Path typed = folder.resolve("essay");
        Path target = FxFileDialogs.withMapExtension(typed);
        assertFalse(FxFileDialogs.endingLandsOnAnotherFile(typed, target), "nothing there yet");
        Files.writeString(target, "{}");
        assertTrue(FxFileDialogs.endingLandsOnAnotherFile(typed, target), "an existing map would be replaced unasked");
    }

    @Test
    void aNameTypedWithItsEndingWasAskedAboutByThePlatform(@TempDir Path folder) throws Exception {
        Path typed = Files.writeString(folder.resolve("essay.argumap.json"), "{}");
        assertFalse(FxFileDialogs.endingLandsOnAnotherFile(typed, FxFileDialogs.withMapExtension(typed)));
    }
}
