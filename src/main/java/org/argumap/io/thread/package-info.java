/**
 * Comment threads (Reddit, Lemmy) read into draft maps: the post as the main claim, each comment a
 * statement replying to its parent, for a moderator to classify. See
 * {@code src/site/markdown/formats/threads.md}.
 */
package org.argumap.io.thread;
