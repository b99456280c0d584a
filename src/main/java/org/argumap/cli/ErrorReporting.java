package org.argumap.cli;

import java.io.PrintWriter;
import org.argumap.io.MapReadException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one line on standard error and an exit status. One line, because
 * scripts and editors read {@code FILE:LINE:COL: reason} and people should not have to find the
 * point in a stack trace.
 */
final class ErrorReporting implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** Arguments picocli could not parse: what was wrong, and where to read how it goes. */
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String hint = "try '" + command.getCommandSpec().qualifiedName() + " --help'";
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            hint = "did you mean '" + String.join("' or '", unmatched.getSuggestions()) + "'? " + hint;
        }
        printLine(command.getErr(), "argumap: " + lowerFirst(ex.getMessage()) + "; " + hint);
        return ExitStatus.BAD_INPUT;
    }

    /** Exceptions out of a command: unreadable input is the user's to fix; anything else is ours. */
    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        return executionFailure(ex, command.getErr());
    }

    /** An exception out of a command, said on {@code err}; the exit status it means. */
    static int executionFailure(Exception ex, PrintWriter err) {
        if (ex instanceof MapReadException unreadable) {
            // Exactly the reader's FILE:LINE:COL: reason, the form editors can jump to.
            printLine(err, unreadable.getMessage());
            return ExitStatus.BAD_INPUT;
        }
        if (ex instanceof UsageException usage) {
            printLine(err, "argumap: " + usage.getMessage());
            return ExitStatus.BAD_INPUT;
        }
        printLine(err, internalError(ex));
        return ExitStatus.INTERNAL_ERROR;
    }

    static String internalError(Throwable ex) {
        return "argumap: internal error (please report it): " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
    }

    /** A message that happens to span lines (a parser's, say) still makes one line. */
    static void printLine(PrintWriter err, String message) {
        err.println(message.strip().replaceAll("\\s*\\R\\s*", " "));
        err.flush();
    }

    private static String lowerFirst(String message) {
        if (message == null || message.isEmpty()) {
            return "bad arguments";
        }
        // picocli starts with a capital ("Unknown option"); after "argumap: " a lower case reads on.
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
