/**
 * Maps in and out of the window through the registered readers and writers of
 * {@link org.argumap.io.MapFormats}: File › Import… ({@link org.argumap.ui.exchange.MapImporter},
 * which picks the reader with {@link org.argumap.ui.exchange.ReaderChoice} and asks a thread's
 * options in {@link org.argumap.ui.exchange.ThreadOptionsDialog}), File › Export…
 * ({@link org.argumap.ui.exchange.MapExporter}), files dropped on the map
 * ({@link org.argumap.ui.exchange.FileDropTarget}), the reader's warnings
 * ({@link org.argumap.ui.exchange.WarningsLink}), and the moderator's classification of imported
 * replies ({@link org.argumap.ui.exchange.ReplyClassifier}, {@link org.argumap.ui.exchange.ReplyQueue}).
 */
package org.argumap.ui.exchange;
