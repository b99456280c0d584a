package org.argumap.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.argumap.analysis.MapStatistics;
import org.argumap.analysis.Problem;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;

/**
 * {@code check}'s output for people: a small table of counts, the statistics, then problems, which
 * claims stand, then warnings.
 */
final class HumanReport {
    private static final int LABEL_WIDTH = 16;

    private HumanReport() {
    }

    static void print(CheckReport report, PrintWriter out) {
        out.println(report.file() + (report.title().isBlank() ? "" : ": \"" + report.title() + "\""));
        out.println();
        MapStatistics s = report.statistics();
        int width = String.valueOf(Math.max(s.statements(), s.inferences())).length();
        // Indentation shows what is part of what: undercuts are attacks, claims are statements.
        row(out, width, 0, "statements", s.statements());
        row(out, width, 1, "claims", s.claims());
        row(out, width, 1, "evidence", s.evidence());
        row(out, width, 0, "authors", s.authors());
        row(out, width, 0, "inferences", s.inferences());
        row(out, width, 1, "supports", s.supports());
        row(out, width, 1, "attacks", s.attacks());
        row(out, width, 2, "undercuts", s.undercuts());
        row(out, width, 1, "rephrases", s.rephrases());
        row(out, width, 1, "replies", s.replies());
        row(out, width, 1, "off-topic", s.offTopic());
        row(out, width, 1, "linked", s.linked());
        row(out, width, 0, "main claims", s.mainClaims());
        out.println();
        report.argumentStatistics().printHuman(out);
        problems(out, report.problems());
        evaluation(out, report.evaluation());
        warnings(out, report.warnings());
    }

    private static void row(PrintWriter out, int width, int depth, String label, int value) {
        String indent = "  ".repeat(depth + 1);
        String padded = String.format("%-" + (LABEL_WIDTH - indent.length()) + "s", label);
        out.println(indent + padded + String.format("%" + width + "d", value));
    }

    private static void problems(PrintWriter out, List<Problem> problems) {
        if (problems.isEmpty()) {
            out.println("No problems.");
            return;
        }
        out.println(problems.size() == 1 ? "1 problem:" : problems.size() + " problems:");
        for (Problem problem : problems) {
            out.println("  " + problem.code() + ": " + problem.message());
        }
    }

    /**
     * "Which claims stand": each main claim with its word, then the counts over all statements,
     * then why the labels may differ from what was asked for.
     */
    private static void evaluation(PrintWriter out, EvaluationReport report) {
        Evaluation evaluation = report.evaluation();
        out.println();
        out.println("Which claims stand (" + evaluation.semantics().key() + "):");
        int wordWidth = Arrays.stream(Label.values()).mapToInt(l -> l.word().length()).max().orElse(0);
        for (EvaluationReport.MainClaim claim : report.mainClaims()) {
            out.println("  " + String.format("%-" + wordWidth + "s", claim.label().word()) + "  " + claim.excerpt());
        }
        int all = evaluation.statements().size();
        int in = report.count(Label.IN);
        int outs = report.count(Label.OUT);
        out.println("  " + in + " of " + all + (all == 1 ? " statement " : " statements ") + (in == 1 ? "stands" : "stand")
                + ", " + outs + (outs == 1 ? " falls" : " fall") + ", " + report.count(Label.UNDECIDED) + " undecided.");
        if (!evaluation.notice().isBlank()) {
            out.println("  " + evaluation.notice());
        }
    }

    private static void warnings(PrintWriter out, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.println();
        out.println(warnings.size() == 1 ? "1 warning:" : warnings.size() + " warnings:");
        warnings.forEach(w -> out.println("  " + w));
    }
}
