/**
 * Reading and writing maps: the native JSON format and, later, the exchange formats. Uses the model
 * and Jackson; never JavaFX. Every reader reports bad input as one {@link org.argumap.io.MapReadException}
 * naming the file, line and column.
 */
package org.argumap.io;
