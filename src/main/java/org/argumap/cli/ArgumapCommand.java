package org.argumap.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top of the command line. Each task is a subcommand with its own options, so a new one slots
 * in as one more entry of {@link #SUBCOMMANDS} without touching the others.
 */
@Command(name = "argumap", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Argument maps: build them in the editor; check, convert and draw them here.",
        footer = {"", "Without arguments, argumap starts the editor."})
final class ArgumapCommand implements Callable<Integer> {
    /** The subcommands by name, in the order {@code --help} lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("open", OpenCommand::new);
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("convert", ConvertCommand::new);
        SUBCOMMANDS.put("render", RenderCommand::new);
        SUBCOMMANDS.put("help", HelpCommand::new);
    }

    @Spec
    private CommandSpec spec;

    /**
     * The command line for {@code args}. picocli reads every option of every command it is given
     * by reflection before it looks at the arguments, a good part of a small conversion's time
     * (see performance.md); so a call naming a command gets only that one, and any other call
     * ({@code --help}, {@code help check}, a mistyped command) all of them.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine line = new CommandLine(new ArgumapCommand());
        Supplier<Object> named = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            line.addSubcommand(args[0], named.get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> line.addSubcommand(name, command.get()));
        }
        return line;
    }

    /** Reached only with options and no command (the launcher opens the editor when there are none). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("argumap: missing command; try 'argumap --help'");
        return ExitStatus.BAD_INPUT;
    }
}
