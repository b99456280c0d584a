/**
 * The outline: the map as a tree beside the canvas, and the keyboard and screen-reader way into it.
 * {@link org.argumap.ui.outline.OutlinePanel} puts it together; {@code OutlineShape} works out
 * which lines there are (in pure Java, once per change), {@code OutlineItems} changes the tree's
 * items to match, {@code OutlineSync} keeps selection and folding in step with the canvas,
 * {@code OutlineCell} draws and edits a line in the words of {@code OutlineWords}, and
 * {@code OutlineKeys}, {@code OutlineDrag} and {@code OutlineDrops} handle keys, drags and drops.
 * {@link org.argumap.ui.SidePanelSlot} docks the panel in the window.
 */
package org.argumap.ui.outline;
