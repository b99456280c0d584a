/**
 * A statement's words as people read them: the text is kept exactly as written (saved, exported,
 * edited), and statements marked as Markdown ({@link org.argumap.text.Markup}: comments imported
 * from Reddit, Lemmy and Kialo) are shown through {@link org.argumap.text.DisplayText}, with
 * links, emphasis, quotes and lists turned into readable text. Used by {@code render} (the boxes
 * of the canvas and of every export, and so their sizes in the layout) and {@code ui} (the outline);
 * pure Java with commonmark-java, no toolkit. See decision 16.
 */
package org.argumap.text;
