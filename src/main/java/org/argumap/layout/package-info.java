/**
 * Where boxes go. {@link org.argumap.layout.LayoutInput} copies what a layout needs out of a map
 * (on the map's thread); a {@link org.argumap.layout.MapLayout} turns it into rectangles
 * ({@link org.argumap.layout.MapGeometry}) on any thread, for example on
 * {@link org.argumap.layout.LayoutRunner}'s worker: {@link org.argumap.layout.TreeLayout} for
 * trees and large maps, {@link org.argumap.layout.ElkLayeredLayout} for graphs, chosen by
 * {@link org.argumap.layout.AutoLayout}. {@link org.argumap.layout.SpatialIndex} finds the
 * rectangles again by area or point. Pure Java, no JavaFX: the view measures text and passes the
 * sizes in.
 */
package org.argumap.layout;
