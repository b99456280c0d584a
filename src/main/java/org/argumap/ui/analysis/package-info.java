/**
 * Keeping an analysis of the open map up to date while the user edits it, for the problems and
 * statistics panels: one refresh per burst of changes, and on large maps off the FX thread.
 */
package org.argumap.ui.analysis;
