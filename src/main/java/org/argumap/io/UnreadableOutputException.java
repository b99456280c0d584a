package org.argumap.io;

import java.io.IOException;

/**
 * A map that cannot be written because Argumap could not open the file again: it passes one of
 * the {@link Limits}. Thrown before anything is written, so the old file stays as it was.
 */
public final class UnreadableOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param problem which limit, in words for the user: "statement s3's text is 6,000,000 characters long, …" */
    public UnreadableOutputException(String problem) {
        super("Argumap could not open the file again: " + problem + ". Nothing was written");
    }
}
