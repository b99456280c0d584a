package org.argumap.fetch;

/** A thread could not be fetched; the message names the address and says what to do, for people. */
public class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
