package org.argumap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.argumap.io.MapReadException;
import org.argumap.model.MapInfo;
import org.argumap.ui.dialog.Prompts;
import org.argumap.ui.dialog.SaveChoice;

/** Records the error dialogs a save shows; any other question fails the test. */
final class ErrorRecordingPrompts implements Prompts {
    final List<String> headers = new ArrayList<>();
    final List<String> details = new ArrayList<>();

    @Override
    public SaveChoice askToSaveChanges(Window owner, String documentName) {
        throw new AssertionError("unexpected question about unsaved changes to " + documentName);
    }

    @Override
    public void showReadError(Window owner, MapReadException error) {
        throw new AssertionError("unexpected read error: " + error.getMessage());
    }

    @Override
    public void showError(Window owner, String header, String text) {
        headers.add(header);
        details.add(text);
    }

    @Override
    public Optional<MapInfo> editMapInfo(Window owner, MapInfo current) {
        return Optional.empty();
    }

    @Override
    public boolean confirmDelete(Window owner, String header, String text) {
        throw new AssertionError("unexpected question: " + header);
    }
}
