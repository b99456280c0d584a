package org.argumap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.argumap.analysis.evaluation.Semantics;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argumap check MAP [--from FORMAT] [--json] [--semantics SEMANTICS]}: counts and problems of
 * one map, and which of its claims stand.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Reads MAP and prints how many statements and inferences of each kind it has, then its"
                    + " problems, which of its claims stand, and its warnings.",
            "Exit status: 0 no problems, 1 problems found, 2 MAP unreadable or bad arguments,"
                    + " 3 internal error."})
final class CheckCommand implements Callable<Integer> {
    static final String DEFAULT_SEMANTICS = "grounded";

    @Spec
    private CommandSpec spec;

    /** Where the report goes when no picocli runs this command ({@link PlainCall}). */
    private PrintWriter plainOut;

    @Parameters(paramLabel = "MAP", description = "The map file to check, or the https:// address of a thread.")
    private Path file;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "The format of MAP: ${COMPLETION-CANDIDATES}. Default: from the file name,"
                    + " else argumap.", completionCandidates = ReaderNames.class)
    private String from;

    @Option(names = "--json", description = "Print one JSON object for scripts instead of the table.")
    private boolean json;

    @Option(names = "--semantics", paramLabel = "SEMANTICS", defaultValue = DEFAULT_SEMANTICS,
            description = "How to decide which claims stand: grounded (sceptical, the default), preferred or"
                    + " stable.")
    private String semantics;

    @Override
    public Integer call() throws MapReadException, UsageException {
        Semantics chosen = semantics();
        CheckReport report = CheckReport.of(MapInput.read(file, from), chosen);
        PrintWriter out = spec == null ? plainOut : spec.commandLine().getOut();
        if (json) {
            JsonReport.print(report, out);
        } else {
            HumanReport.print(report, out);
        }
        out.flush();
        return report.exitStatus();
    }

    /** {@code check MAP} with nothing else, as {@link PlainCall} runs it. */
    static CheckCommand plain(Path file, PrintWriter out) {
        CheckCommand command = new CheckCommand();
        command.file = file;
        command.semantics = DEFAULT_SEMANTICS;
        command.plainOut = out;
        return command;
    }

    /** Checked before the map is read, so that a mistyped option costs no wait for a large map. */
    private Semantics semantics() throws UsageException {
        try {
            return Semantics.ofKey(semantics);
        } catch (IllegalArgumentException unknown) {
            throw new UsageException("unknown semantics '" + semantics + "'; use grounded, preferred or stable");
        }
    }

    /** The registered readers' names for {@code --help}. */
    static final class ReaderNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return MapFormats.readers().stream().map(MapReader::name).iterator();
        }
    }
}
