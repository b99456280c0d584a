package org.argumap.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Asks the user for files. An interface so that tests can answer in place of the platform's file
 * chooser, which no robot can drive.
 */
public interface FileDialogs {

    /** The map file to open, or empty if the user cancelled. */
    Optional<Path> chooseMapToOpen(Window owner);

    /** Where to save, suggesting this file name; empty if the user cancelled. */
    Optional<Path> chooseSaveTarget(Window owner, String suggestedName);

    /** File › Import…: the file and the filter it was picked under; empty if the user cancelled. */
    Optional<ChosenFile> chooseFileToImport(Window owner, List<FormatFilter> filters);

    /**
     * File › Export…: where to write, starting on {@code selected} and suggesting {@code suggestedName};
     * the answer carries the filter in force when the user confirmed. Empty if the user cancelled.
     */
    Optional<ChosenFile> chooseExportTarget(Window owner, List<FormatFilter> filters, FormatFilter selected,
            String suggestedName);
}
