package org.argumap.ui.dialog;

/** The answer to "“X” was changed by another program.". */
public enum ExternalChangeChoice {
    RELOAD,
    KEEP_MINE
}
