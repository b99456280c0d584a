package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line as a whole: help, version, and what bad arguments get. */
class CommandLineTest {

    /** Bad arguments: exit 2, one line saying what is wrong and where to look. */
    private static void assertUsageError(CliRun run, String mentioning) {
        assertEquals(ExitStatus.BAD_INPUT, run.status(), run.toString());
        assertEquals("", run.out(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("argumap: "), line);
        assertTrue(line.contains(mentioning), line);
        assertTrue(line.contains("--help"), "a usage hint: " + line);
        assertFalse(line.contains("Exception"), line);
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        assertTrue(run.out().startsWith("Usage: argumap"), run.toString());
        assertTrue(run.out().contains("check"), run.toString());
        assertEquals("", run.err());
    }

    @Test
    void checkHasItsOwnHelpNamingTheFormats() {
        CliRun run = CliRun.of("check", "--help");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        assertTrue(run.out().contains("--from=FORMAT"), run.toString());
        String flowed = run.out().replaceAll("\\s+", " ");
        assertTrue(flowed.contains("argumap, argdown, aif, kialo, reddit, lemmy"), run.toString());
        assertTrue(CliRun.of("help", "check").out().contains("--json"));
    }

    @Test
    void versionExitsZero() {
        CliRun run = CliRun.of("--version");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        assertTrue(run.out().startsWith("argumap "), run.toString());
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of("chekc", "map.argumap.json");
        assertUsageError(run, "'chekc'");
        assertTrue(run.err().contains("did you mean 'check'"), run.toString());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertUsageError(CliRun.of("check", "map.argumap.json", "--jsn"), "--jsn");
        assertUsageError(CliRun.of("--frobnicate"), "--frobnicate");
    }

    @Test
    void openWithoutAMapIsAUsageError() {
        // A well-formed "open MAP" never gets here: the launcher starts the editor for it.
        assertUsageError(CliRun.of("open"), "MAP");
        assertUsageError(CliRun.of("open", "a.argumap.json", "b.argumap.json"), "b.argumap.json");
    }

    @Test
    void checkWithoutAMapIsAUsageError() {
        assertUsageError(CliRun.of("check"), "MAP");
    }

    @Test
    void anUnknownFormatIsAUsageErrorListingTheKnownOnes() {
        assertUsageError(CliRun.of("check", "map.json", "--from", "word"), "unknown format 'word' (argumap reads: argumap, argdown, aif");
    }

    @Test
    void optionsWithoutACommandAreAUsageError() {
        CliRun run = CliRun.of("--json");
        assertEquals(ExitStatus.BAD_INPUT, run.status(), run.toString());
        CliRun none = CliRun.of();
        assertEquals(ExitStatus.BAD_INPUT, none.status(), none.toString());
        assertEquals("argumap: missing command; try 'argumap --help'", none.err().strip());
    }

    @Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug\nover two lines");
        }
    }

    @Test
    void aBugOfOursIsExitThreeInOneLineWithoutStackTrace() {
        StringWriter err = new StringWriter();
        ErrorReporting errors = new ErrorReporting();
        int status = new CommandLine(new Explode()).setErr(new PrintWriter(err))
                .setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors).execute();
        assertEquals(ExitStatus.INTERNAL_ERROR, status);
        assertEquals("argumap: internal error (please report it): IllegalStateException: a bug over two lines"
                + System.lineSeparator(), err.toString());
    }
}
