package org.argumap.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * {@code convert IN OUT} and {@code check MAP}, the calls most often typed and scripted, run
 * without picocli: before it looks at the arguments it reads every option of the command by
 * reflection and builds its help, a tenth of a small conversion's time. Any other call, one with
 * an option, an {@code @file} or an argument picocli might read otherwise, goes to picocli as before.
 */
final class PlainCall {
    private PlainCall() {
    }

    /** The exit status of the command {@code args} name, or empty when picocli should run it. */
    static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
        Callable<Integer> command = command(args, out, err);
        if (command == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(command.call());
        } catch (Exception e) {
            // As picocli hands a command's exceptions to ErrorReporting.
            return OptionalInt.of(ErrorReporting.executionFailure(e, err));
        }
    }

    private static Callable<Integer> command(String[] args, PrintWriter out, PrintWriter err) {
        for (String arg : args) {
            if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
                return null;
            }
        }
        try {
            if (args.length == 3 && args[0].equals("convert")) {
                return ConvertCommand.plain(Path.of(args[1]), Path.of(args[2]), err);
            }
            if (args.length == 2 && args[0].equals("check")) {
                return CheckCommand.plain(Path.of(args[1]), out);
            }
        } catch (InvalidPathException e) {
            // picocli says what is wrong with it.
            return null;
        }
        return null;
    }
}
