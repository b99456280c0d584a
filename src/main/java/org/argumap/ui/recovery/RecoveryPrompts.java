package org.argumap.ui.recovery;

import javafx.stage.Window;

/** The offer of a map left unsaved by a crash, behind an interface so tests can answer it. */
public interface RecoveryPrompts {

    /**
     * @param when     when it was autosaved, as "today 14:02"
     * @param replaces what restoring it would replace, as "replaces /maps/a.argumap.json, saved 13:40",
     *                 saying so when the file was saved after the copy was autosaved
     */
    RecoveryChoice offer(Window owner, String title, String when, String replaces);
}
