/**
 * Reading and writing maps: the native JSON format and the exchange formats, registered in
 * {@link org.argumap.io.MapFormats}, and writing files atomically ({@link org.argumap.io.AtomicFiles}) with the backups of the
 * versions they replace ({@link org.argumap.io.Backups}), and why a save failed
 * ({@link org.argumap.io.SaveFailures}).
 * Uses the model and Jackson; never JavaFX. Every reader reports bad input as one
 * {@link org.argumap.io.MapReadException} naming the file, line and column.
 */
package org.argumap.io;
