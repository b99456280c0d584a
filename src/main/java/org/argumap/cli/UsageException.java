package org.argumap.cli;

/**
 * Arguments that parse but cannot be carried out, such as a format this version cannot read yet.
 * Reported in one line with exit status {@link ExitStatus#BAD_INPUT}, like a parse error.
 */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
