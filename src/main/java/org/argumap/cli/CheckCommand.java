package org.argumap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReadException;
import org.argumap.io.MapReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code argumap check MAP [--from FORMAT] [--json]}: counts and problems of one map. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Reads MAP and prints how many statements and inferences of each kind it has, then its"
                    + " problems and warnings.",
            "Exit status: 0 no problems, 1 problems found, 2 MAP unreadable or bad arguments,"
                    + " 3 internal error."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "MAP", description = "The map file to check.")
    private Path file;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "The format of MAP: ${COMPLETION-CANDIDATES}. Default: from the file name,"
                    + " else argumap.", completionCandidates = ReaderNames.class)
    private String from;

    @Option(names = "--json", description = "Print one JSON object for scripts instead of the table.")
    private boolean json;

    @Override
    public Integer call() throws MapReadException, UsageException {
        CheckReport report = CheckReport.of(MapInput.read(file, from));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            JsonReport.print(report, out);
        } else {
            HumanReport.print(report, out);
        }
        out.flush();
        return report.exitStatus();
    }

    /** The registered readers' names for {@code --help}. */
    static final class ReaderNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return MapFormats.readers().stream().map(MapReader::name).iterator();
        }
    }
}
