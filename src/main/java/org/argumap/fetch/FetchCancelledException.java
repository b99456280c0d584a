package org.argumap.fetch;

/** The user cancelled a fetch; nothing to report but that. */
public final class FetchCancelledException extends FetchException {
    private static final long serialVersionUID = 1L;

    public FetchCancelledException() {
        super("The import was cancelled.");
    }
}
