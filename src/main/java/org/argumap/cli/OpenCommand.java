package org.argumap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code open MAP}: listed here so that {@code --help} shows it and a wrong {@code open} (no MAP, or
 * two) gets picocli's usual clear message. The launcher, {@code org.argumap.app.Main}, starts the
 * editor itself for a well-formed {@code open MAP}, since the command line may not depend on the UI;
 * reaching {@link #call()} therefore means the launcher is wired wrongly.
 */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Starts the editor on MAP.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "MAP", description = "The map file to open.")
    private Path file;

    @Override
    public Integer call() {
        throw new IllegalStateException("'open " + file + "' reached the command line; the launcher should start the editor");
    }
}
