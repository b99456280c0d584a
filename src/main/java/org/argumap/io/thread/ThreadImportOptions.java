package org.argumap.io.thread;

/**
 * What a thread import leaves out, chosen in the import dialog.
 *
 * @param minimumScore comments scoring below this are left out with every reply under them;
 *                     comments whose score the site hides are kept
 * @param maximumDepth comments nested deeper are left out (a reply to the post is at depth 1;
 *                     0 keeps the post alone)
 * @param skipDeleted  leave out deleted and removed comments; one that still has replies is kept
 *                     as a "[deleted]" placeholder, so that the replies keep their place
 */
public record ThreadImportOptions(int minimumScore, int maximumDepth, boolean skipDeleted) {
    /** No limits, deleted comments kept as placeholders: the whole thread as the file has it. */
    public static final ThreadImportOptions DEFAULTS = new ThreadImportOptions(Integer.MIN_VALUE, Integer.MAX_VALUE, false);

    public ThreadImportOptions {
        if (maximumDepth < 0) {
            throw new IllegalArgumentException("maximumDepth must be 0 or more, not " + maximumDepth);
        }
    }

    public ThreadImportOptions withMinimumScore(int value) {
        return new ThreadImportOptions(value, maximumDepth, skipDeleted);
    }

    public ThreadImportOptions withMaximumDepth(int value) {
        return new ThreadImportOptions(minimumScore, value, skipDeleted);
    }

    public ThreadImportOptions withSkipDeleted(boolean value) {
        return new ThreadImportOptions(minimumScore, maximumDepth, value);
    }
}
