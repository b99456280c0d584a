package org.argumap.app;

import java.nio.file.Path;
import org.argumap.cli.ArgumapCli;
import org.argumap.ui.EarlyOpening;

/**
 * The jar's entry point: the editor without arguments or with {@code open MAP}, the command line
 * otherwise. A plain class on purpose: with JavaFX on the class path, the JVM refuses to start an
 * {@code Application} subclass as main class ("JavaFX runtime components are missing").
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (QuickStart.suits(args)) {
            // This JVM only waits; the second one does the work and quietens its own logging.
            QuickStart.run(args).ifPresent(System::exit);
        } else if (QuickStart.suitsEditor(args)) {
            QuickStart.runEditor(args).ifPresent(System::exit);
        } else if (System.getProperty(QuickStart.CHILD_PROPERTY) != null) {
            QuickStart.followParent();
        }
        LibraryLogging.quieten(args);
        // "open --help" and malformed "open" calls go to the command line, which explains them.
        if (args.length == 0) {
            ArgumapApplication.launchEditor(null);
        } else if (args[0].equals("open") && args.length == 2 && !args[1].startsWith("-")) {
            // Reading while JavaFX starts (the window takes the reading over when it opens) is off
            // unless asked for (-Dargumap.earlyOpen=yes): on this 2-core machine, quiet, it showed a
            // 100,000-statement map no sooner (6.0-6.7 s against 6.1-6.9 s) and the window about a
            // second later, the reading competing with the toolkit's start (performance.md).
            if ("yes".equals(System.getProperty("argumap.earlyOpen"))) {
                EarlyOpening.start(Path.of(args[1]));
            }
            ArgumapApplication.launchEditor(Path.of(args[1]));
        } else {
            System.exit(ArgumapCli.execute(args, System.out, System.err));
        }
    }
}
