package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.stage.Window;
import org.argumap.edit.MoveBoxCommand;
import org.argumap.io.MapReadException;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.MapInfo;
import org.argumap.model.Position;
import org.argumap.ui.dialog.ErrorTexts;
import org.argumap.ui.dialog.Prompts;
import org.argumap.ui.dialog.SaveChoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every kind of broken map file: File › Open shows the reader's message with the file, line and
 * column, and the map that was open stays open, unchanged and still marked unsaved. (The window
 * test OpenBrokenFileTest walks one such case through the real dialogs; this covers them all.)
 */
class BrokenFileKeepsTheOpenMapTest {

    static Stream<Path> brokenFiles() throws IOException {
        return Files.list(Path.of("src/test/resources/broken-maps")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void theOpenMapStaysAsItWas(Path broken) {
        RecordingPrompts prompts = new RecordingPrompts();
        ScriptedFileDialogs dialogs = new ScriptedFileDialogs();
        DocumentController documents = new DocumentController(dialogs, prompts, () -> null);
        documents.openBundled(BundledMaps.DEMO);
        MapDocument open = documents.document();
        open.history().execute(new MoveBoxCommand(open.map(), open.map().mainClaims().get(0).id(), new Position(5, 5)));
        List<String> before = org.argumap.model.MapAssertions.describe(open.map());

        dialogs.answerOpenWith(broken);
        documents.open();

        MapReadException expected = assertThrows(MapReadException.class, () -> new ArgumapJsonFormat().read(broken));
        assertEquals(List.of(expected.getMessage()), prompts.readErrors, "the dialog gets the reader's located message");
        String shown = ErrorTexts.describe(prompts.lastReadError);
        assertTrue(shown.startsWith("Line " + expected.line() + ", column " + expected.column() + ": "), shown);
        assertTrue(shown.contains(broken.toAbsolutePath().toString()), shown);
        assertSame(open, documents.document(), "the open map was not replaced");
        assertEquals(before, org.argumap.model.MapAssertions.describe(open.map()), "nor changed");
        assertTrue(open.isDirty(), "and its unsaved change is still marked");
        assertEquals(0, prompts.savePromptsShown, "nothing to confirm: the broken file never got that far");
    }

    /** Records what the editor would have shown. */
    private static final class RecordingPrompts implements Prompts {
        final List<String> readErrors = new ArrayList<>();
        MapReadException lastReadError;
        int savePromptsShown;

        @Override
        public SaveChoice askToSaveChanges(Window owner, String documentName) {
            savePromptsShown++;
            return SaveChoice.CANCEL;
        }

        @Override
        public void showReadError(Window owner, MapReadException error) {
            readErrors.add(error.getMessage());
            lastReadError = error;
        }

        @Override
        public void showError(Window owner, String header, String details) {
            throw new AssertionError("unexpected error dialog: " + header + " " + details);
        }

        @Override
        public boolean confirmDelete(Window owner, String header, String details) {
            throw new AssertionError("unexpected question: " + header);
        }

        @Override
        public Optional<MapInfo> editMapInfo(Window owner, MapInfo current) {
            return Optional.empty();
        }
    }
}
