package org.argumap.cli;

import java.io.PrintStream;

/** The command line: {@code check}, and later {@code convert} and {@code render}. */
public final class ArgumapCli {
    private ArgumapCli() {
    }

    /** Runs one command and returns its exit status (0 done, 1 problems, 2 bad input, 3 internal error). */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        throw new UnsupportedOperationException("being written");
    }
}
