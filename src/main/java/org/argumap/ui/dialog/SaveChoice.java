package org.argumap.ui.dialog;

/** The answer to "Save changes to X before closing?". */
public enum SaveChoice {
    SAVE,
    DISCARD,
    CANCEL
}
