package org.argumap.ui.recovery;

/** The answers to the offer of a recovered map. */
public enum RecoveryChoice {
    /** Open it as an unsaved map; its recovery file goes once a newer one is written. */
    RESTORE,
    /** Delete it for good. */
    DISCARD,
    /** Keep it, to be offered at the next start. */
    LATER
}
