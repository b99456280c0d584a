/**
 * The moderator's tools in the editor, beside the classification keys of {@code ui.exchange}: the
 * filter that hides replies from view (its dialog and the count in the status bar), and the
 * inspector's read-only section with an imported comment's author, score, time and address.
 */
package org.argumap.ui.moderation;
