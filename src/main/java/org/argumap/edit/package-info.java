/**
 * Editing a map: every change is a {@link org.argumap.edit.MapCommand} executed through one
 * {@link org.argumap.edit.CommandHistory} per open map, which gives undo, redo and the
 * unsaved-changes flag. Pure Java: no JavaFX, so commands can be tested and scripted without a
 * window.
 */
package org.argumap.edit;
