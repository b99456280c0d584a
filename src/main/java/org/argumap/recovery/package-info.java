/**
 * Autosave's files without a screen: where recovery files live ({@link org.argumap.recovery.DataDirectory}),
 * writing, listing and removing them ({@link org.argumap.recovery.RecoveryStore}), and which of them
 * belong to a run that is no longer alive. The window's timer and the offer at start-up are in
 * {@code org.argumap.ui.recovery}.
 */
package org.argumap.recovery;
