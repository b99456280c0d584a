package org.argumap.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.argumap.io.MapReadException;
import org.junit.jupiter.api.Test;

class ErrorTextsTest {
    @Test
    void aReadErrorNamesLineColumnReasonAndTheFullPath() {
        Path file = Path.of("maps", "x.argumap.json");
        MapReadException error = new MapReadException(file, 4, 17, "expected a value");
        assertEquals("x.argumap.json", ErrorTexts.fileName(error));
        assertEquals("Line 4, column 17: expected a value\n\nFile: " + file.toAbsolutePath(), ErrorTexts.describe(error));
    }

    @Test
    void anUnknownPlaceIsLeftOut() {
        MapReadException error = new MapReadException(Path.of("gone.argumap.json"), 0, 0, "no such file");
        assertTrue(ErrorTexts.describe(error).startsWith("no such file\n"));
    }

    @Test
    void aFailedWriteSaysWhatKindOfFailure() {
        assertEquals("Permission denied: /x/y.json", ErrorTexts.describe(new AccessDeniedException("/x/y.json")));
    }

    @Test
    void aSaveTargetWithoutExtensionGetsTheMapExtension() {
        assertEquals(Path.of("/tmp/talk.argumap.json"), FxFileDialogs.withMapExtension(Path.of("/tmp/talk")));
        assertEquals(Path.of("/tmp/talk.json"), FxFileDialogs.withMapExtension(Path.of("/tmp/talk.json")));
        assertEquals(Path.of("/tmp/t.argumap.json"), FxFileDialogs.withMapExtension(Path.of("/tmp/t.argumap.json")));
    }
}
