package org.argumap.ui.dialog;

/** The answer to "Overwrite the changes made by another program?" before a save. */
public enum OverwriteChoice {
    OVERWRITE,
    SAVE_AS,
    CANCEL
}
