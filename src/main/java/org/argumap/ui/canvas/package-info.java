/**
 * The map drawn on a canvas. {@link org.argumap.ui.canvas.MapCanvas} holds the view's state and
 * draws once per pulse; {@code LayoutController} keeps the layout in step with the map (large maps
 * on a worker), {@code LayoutAnimator} glides between layouts, {@code MapPainter} with
 * {@code BoxPainter}, {@code LinkPainter} and {@code BranchBadge} draws what is in view at the
 * zoom's level of detail, and the gestures live in {@code NavigationController} (pan, zoom, keys),
 * {@code PointerController} (select, move, collapse, rubber band) and {@link org.argumap.ui.canvas.Minimap}.
 * {@link org.argumap.ui.canvas.MapRenderer} draws a map the same way without a window.
 */
package org.argumap.ui.canvas;
