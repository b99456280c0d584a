/**
 * The statistics panel (Argument › Statistics): {@code analysis.statistics} on the open map, kept up
 * to date while the user edits.
 */
package org.argumap.ui.statistics;
