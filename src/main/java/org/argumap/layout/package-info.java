/**
 * Where boxes go: {@link org.argumap.layout.MapLayout} turns a map and the measured size of each box
 * into rectangles, and {@link org.argumap.layout.SpatialIndex} finds them again by area or point.
 * Pure Java, no JavaFX: the view measures text and passes the sizes in.
 */
package org.argumap.layout;
