/**
 * What the editor asks the user: files to open and save ({@link org.argumap.ui.dialog.FileDialogs}),
 * confirmations, error messages and the map's properties ({@link org.argumap.ui.dialog.Prompts}).
 * Interfaces with JavaFX implementations, so tests can substitute answers.
 */
package org.argumap.ui.dialog;
