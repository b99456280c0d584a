package org.argumap.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.OptionalInt;

/** The command line: {@code check}, and later {@code convert} and {@code render}. */
public final class ArgumapCli {
    private ArgumapCli() {
    }

    /**
     * Runs one command and returns its exit status (see {@link ExitStatus}: 0 done, 1 problems,
     * 2 bad input, 3 internal error). Never throws and never prints a stack trace.
     */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new PrintStreamWriter(out), true);
        PrintWriter errWriter = new PrintWriter(new PrintStreamWriter(err), true);
        ErrorReporting errors = new ErrorReporting();
        try {
            OptionalInt plain = PlainCall.run(args, outWriter, errWriter);
            if (plain.isPresent()) {
                return plain.getAsInt();
            }
            return ArgumapCommand.commandLine(args)
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setParameterExceptionHandler(errors)
                    .setExecutionExceptionHandler(errors)
                    .execute(args);
        } catch (RuntimeException | StackOverflowError e) {
            // picocli hands command exceptions to the handler; this is for failures around it.
            ErrorReporting.printLine(errWriter, ErrorReporting.internalError(e));
            return ExitStatus.INTERNAL_ERROR;
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }
}
