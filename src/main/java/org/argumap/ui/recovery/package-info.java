/**
 * Autosave in the window and the offer to restore after a crash: {@link org.argumap.ui.recovery.Autosave}
 * writes the open map's unsaved changes through {@code org.argumap.recovery} off the FX thread;
 * {@link org.argumap.ui.recovery.WindowRecovery} ties it to a window and offers what a dead run left.
 */
package org.argumap.ui.recovery;
