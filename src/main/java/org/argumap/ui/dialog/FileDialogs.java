package org.argumap.ui.dialog;

import java.nio.file.Path;
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
}
