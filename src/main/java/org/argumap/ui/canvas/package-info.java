/**
 * The map drawn on a canvas: layout from {@code org.argumap.layout}, text wrapped and cached,
 * boxes and links painted for the visible area only, and the mouse gestures that pan, zoom and move
 * boxes through the command history.
 */
package org.argumap.ui.canvas;
