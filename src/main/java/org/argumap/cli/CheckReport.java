package org.argumap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argumap.analysis.MapChecker;
import org.argumap.analysis.MapStatistics;
import org.argumap.analysis.Problem;
import org.argumap.analysis.evaluation.Semantics;
import org.argumap.io.ReadResult;

/**
 * What {@code check} found out about one map, before it is printed as text or JSON.
 *
 * @param format   the name of the reader that read it, such as {@code argumap} or {@code reddit}
 * @param warnings the reader's warnings ({@code line 12: ...}) first, then the checker's
 * @param evaluation which claims stand
 * @param argumentStatistics roles, depth, balance, most attacked, authors and standing
 */
record CheckReport(Path file, String title, String format, MapStatistics statistics,
                   List<Problem> problems, List<String> warnings,
                   EvaluationReport evaluation, CheckStatistics argumentStatistics) {

    CheckReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static CheckReport of(MapInput input) {
        return of(input, Semantics.GROUNDED);
    }

    static CheckReport of(MapInput input, Semantics semantics) {
        ReadResult read = input.result();
        List<String> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(MapChecker.warnings(read.map()));
        EvaluationReport evaluation = EvaluationReport.of(read.map(), semantics);
        return new CheckReport(input.file(), read.map().info().title(), input.reader().name(),
                MapStatistics.of(read.map()), MapChecker.check(read.map()), warnings,
                evaluation, CheckStatistics.of(read.map(), evaluation.evaluation()));
    }

    int exitStatus() {
        return problems.isEmpty() ? ExitStatus.OK : ExitStatus.PROBLEMS;
    }
}
