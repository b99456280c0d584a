/**
 * The problems panel (Argument › Problems): the feedback of {@code analysis.feedback} on the open map,
 * kept up to date while the user edits, each finding a way to its boxes on the canvas.
 */
package org.argumap.ui.problems;
