package org.argumap.edit;

/**
 * An edit the map's rules (or the editor's) do not allow, such as a statement supporting itself or
 * a connection that closes a circle. The message is one sentence for the user, naming the boxes
 * by their words, so the UI can show it as it is. Thrown before anything changes: a refused
 * command leaves the map and the history untouched.
 */
public final class EditRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditRefusedException(String sentence) {
        super(sentence);
    }

    public EditRefusedException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
