package org.argumap.cli;

/** The exit statuses of every command, as scripts rely on them (see DESIGN.md, "Command line"). */
public final class ExitStatus {
    /** Done; for {@code check}, the map has no problems. */
    public static final int OK = 0;
    /** {@code check} read the map and found problems. */
    public static final int PROBLEMS = 1;
    /** The input could not be read, or the arguments make no sense. */
    public static final int BAD_INPUT = 2;
    /** A bug of ours. */
    public static final int INTERNAL_ERROR = 3;

    private ExitStatus() {
    }
}
