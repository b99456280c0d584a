/**
 * The clipboard's content without the clipboard: a {@link org.argumap.edit.clipboard.MapFragment}
 * (statements with their branches and the links they hung from), taken from a map by
 * {@link org.argumap.edit.clipboard.FragmentExtractor}, turned into a small map document for the
 * JSON flavour ({@link org.argumap.edit.clipboard.FragmentMaps}; io's {@code FragmentJson} writes
 * and reads it), and written and read as an indented plain-text outline for other programs
 * ({@link org.argumap.edit.clipboard.OutlineTextWriter},
 * {@link org.argumap.edit.clipboard.OutlineTextParser}). Pasting is a command of
 * {@link org.argumap.edit}. Pure Java, like the rest of the edit layer.
 */
package org.argumap.edit.clipboard;
