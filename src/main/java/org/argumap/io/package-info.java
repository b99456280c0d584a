/**
 * Reading and writing maps: the native JSON format and the exchange formats, registered in
 * {@link org.argumap.io.MapFormats}, and writing files atomically ({@link org.argumap.io.AtomicFiles}).
 * Uses the model and Jackson; never JavaFX. Every reader reports bad input as one
 * {@link org.argumap.io.MapReadException} naming the file, line and column.
 */
package org.argumap.io;
