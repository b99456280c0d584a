package org.argumap.ui.dialog;

import java.util.Optional;
import javafx.stage.Window;
import org.argumap.io.MapReadException;
import org.argumap.model.MapInfo;

/** The questions and messages the editor puts to the user, behind an interface so tests can answer them. */
public interface Prompts {

    /** "Save changes to {@code documentName} before closing?" with Save, Don't Save and Cancel. */
    SaveChoice askToSaveChanges(Window owner, String documentName);

    /** A file could not be read as a map: names the file, the line and column, and the reason. */
    void showReadError(Window owner, MapReadException error);

    /** Something else went wrong, such as a failed save. */
    void showError(Window owner, String header, String details);

    /** Lets the user edit the map's title, description, source and authors; empty if cancelled. */
    Optional<MapInfo> editMapInfo(Window owner, MapInfo current);

    /**
     * Asks before a deletion that takes more than was selected ("Delete “X” and the 7 statements
     * below it?"), with Delete and Cancel; true to delete.
     */
    boolean confirmDelete(Window owner, String header, String details);

    /**
     * "“X” was changed by another program." with Reload and Keep Mine; when the map has unsaved
     * changes it says Reload loses them, so that one answer is all it takes and nothing goes unasked.
     */
    default ExternalChangeChoice askAboutExternalChange(Window owner, String documentName, boolean unsavedChanges) {
        // The answers that lose nothing, for prompts that script only the questions a test is about.
        return ExternalChangeChoice.KEEP_MINE;
    }

    /** "Overwrite the changes made by another program?" with Overwrite, Save As… and Cancel. */
    default OverwriteChoice askToOverwriteExternalChange(Window owner, String documentName) {
        return OverwriteChoice.CANCEL;
    }
}
