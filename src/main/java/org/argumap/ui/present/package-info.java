/**
 * Presenting a map in class: View › Present (F5) shows it full screen, the overview first, then
 * step by step ({@link org.argumap.ui.present.PresentationMode}), with the presenter's notes on a
 * second screen or in a strip; View › Presentation Steps… sets the order and the notes
 * ({@link org.argumap.ui.present.PresentationStepsWindow}). The steps themselves come from
 * {@code org.argumap.present}; the drawing is the editor's own canvas with a
 * {@link org.argumap.ui.canvas.Spotlight}.
 */
package org.argumap.ui.present;
