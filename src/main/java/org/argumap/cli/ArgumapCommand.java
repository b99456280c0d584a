package org.argumap.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top of the command line. Each task is a subcommand with its own options, so {@code convert}
 * and {@code render} slot in as further entries of {@code subcommands} without touching the others.
 */
@Command(name = "argumap", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {OpenCommand.class, CheckCommand.class, ConvertCommand.class, RenderCommand.class,
            HelpCommand.class},
        description = "Argument maps: build them in the editor; check, convert and draw them here.",
        footer = {"", "Without arguments, argumap starts the editor."})
final class ArgumapCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Reached only with options and no command (the launcher opens the editor when there are none). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("argumap: missing command; try 'argumap --help'");
        return ExitStatus.BAD_INPUT;
    }
}
