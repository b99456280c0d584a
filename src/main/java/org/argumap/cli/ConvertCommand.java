package org.argumap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.analysis.summary.SummaryMarkdown;
import org.argumap.analysis.summary.ThreadSummaries;
import org.argumap.io.AtomicFiles;
import org.argumap.io.MapFormats;
import org.argumap.io.MapReadException;
import org.argumap.io.MapWriter;
import org.argumap.io.outline.OutlineFormat;
import org.argumap.model.ArgumentMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argumap convert IN OUT [--from F] [--to F] [--no-evaluation] [--budget N]}: any reader to any
 * writer; the Markdown outline says which claims stand; {@code --to summary} writes a classified
 * thread's summary within a length budget.
 */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Reads IN and writes it to OUT in another format, each known by its file name or named"
                    + " with --from and --to. What the reader could not represent is printed as warnings."
                    + " The Markdown outline marks each statement with whether it stands (grounded)."
                    + " --to summary (or OUT ending in .summary.md) writes the summary of a classified thread"
                    + " to post under it, within --budget characters.",
            "Exit status: 0 done, 2 IN unreadable, OUT unwritable or bad arguments, 3 internal error."})
final class ConvertCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The file to read, or the https:// address of a thread"
            + " (Reddit, Lemmy, PieFed, Hacker News, Discourse).")
    private Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (replaced if it exists).")
    private Path out;

    @Option(names = "--from", paramLabel = "FORMAT",
            description = "The format of IN: ${COMPLETION-CANDIDATES}. Default: from the file name, else argumap.",
            completionCandidates = CheckCommand.ReaderNames.class)
    private String from;

    @Option(names = "--to", paramLabel = "FORMAT",
            description = "The format of OUT: ${COMPLETION-CANDIDATES}. Default: from the file name.",
            completionCandidates = WriterNames.class)
    private String to;

    @Option(names = "--no-evaluation", description = "Outline: leave out which claims stand.")
    private boolean noEvaluation;

    @Option(names = "--budget", paramLabel = "N",
            description = "Summary: at most N characters (default: 10000, Reddit's limit for a comment).")
    private Integer budget;

    /** Where warnings go when no picocli runs this command ({@link PlainCall}). */
    private PrintWriter plainErr;

    static final String SUMMARY = "summary";
    static final String SUMMARY_EXTENSION = ".summary.md";

    @Override
    public Integer call() throws MapReadException, UsageException {
        MapWriter writer = isSummary() ? summaryWriter() : FormatChoice.writer(to, out);
        if (budget != null && !isSummary()) {
            throw new UsageException("--budget is for the thread summary only; add --to summary");
        }
        MapInput input = MapInput.read(in, from);
        writer = withEvaluation(writer, input.result().map());
        PrintWriter err = spec == null ? plainErr : spec.commandLine().getErr();
        for (String warning : input.result().warnings()) {
            ErrorReporting.printLine(err, MapInput.shown(in) + ": warning: " + warning);
        }
        AtomicFiles.Outcome outcome;
        try {
            outcome = AtomicFiles.write(out, writer.write(input.result().map()));
        } catch (IOException e) {
            throw new UsageException("could not write '" + out + "': " + e.getMessage());
        }
        if (!outcome.note().isEmpty()) {
            // Written, but not in one step: a script or person replacing a file they care about should know.
            ErrorReporting.printLine(err, out + ": warning: " + outcome.note());
        }
        return ExitStatus.OK;
    }

    /** {@code convert IN OUT} with nothing else, as {@link PlainCall} runs it. */
    static ConvertCommand plain(Path in, Path out, PrintWriter err) {
        ConvertCommand command = new ConvertCommand();
        command.in = in;
        command.out = out;
        command.plainErr = err;
        return command;
    }

    private boolean isSummary() {
        return to == null ? out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUMMARY_EXTENSION)
                : to.equals(SUMMARY);
    }

    /** The summary needs the evaluation, which io may not ask for: it is made here rather than registered in io. */
    private MapWriter summaryWriter() throws UsageException {
        int chars = budget == null ? SummaryMarkdown.DEFAULT_BUDGET : budget;
        if (chars < SummaryMarkdown.MINIMUM_BUDGET) {
            throw new UsageException("--budget " + chars + " is too small: a summary needs at least "
                    + SummaryMarkdown.MINIMUM_BUDGET + " characters");
        }
        return MapWriter.of(SUMMARY, "Thread summary (Markdown)", List.of(SUMMARY_EXTENSION),
                map -> SummaryMarkdown.write(ThreadSummaries.of(map, Evaluator.evaluate(map)), chars)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The outline with its marks of which claims stand, worked out here since io may not ask the analysis. */
    private MapWriter withEvaluation(MapWriter writer, ArgumentMap map) {
        if (noEvaluation || !writer.name().equals(OutlineFormat.NAME)) {
            return writer;
        }
        Evaluation evaluation = Evaluator.evaluate(map);
        return OutlineFormat.writer(statement -> evaluation.label(statement.id()).word());
    }

    /** The registered writers' names for {@code --help}. */
    static final class WriterNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(MapFormats.writers().stream().map(MapWriter::name), Stream.of(SUMMARY)).iterator();
        }
    }
}
