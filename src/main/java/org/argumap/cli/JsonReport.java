package org.argumap.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.argumap.analysis.MapStatistics;
import org.argumap.analysis.Problem;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;

/**
 * {@code check --json}: one JSON object for scripts. The keys from {@code statements} to
 * {@code warnings} are promised in DESIGN.md and must not change; {@code file}, {@code title},
 * {@code format}, {@code mainClaims}, {@code evaluation} and {@code strength} are extras, and so are
 * the statistics' keys ({@link CheckStatistics}). Built as a tree rather than by serialising the
 * records, so that renaming a Java component can never rename a key.
 */
final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    static void print(CheckReport report, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(toJson(report)));
        } catch (JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this would be a bug of ours.
            throw new IllegalStateException("could not write the report as JSON", e);
        }
    }

    static ObjectNode toJson(CheckReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", report.file().toString());
        root.put("title", report.title());
        root.put("format", report.format());
        MapStatistics s = report.statistics();
        root.put("statements", s.statements());
        root.put("claims", s.claims());
        root.put("evidence", s.evidence());
        root.put("authors", s.authors());
        root.put("inferences", s.inferences());
        root.put("supports", s.supports());
        root.put("attacks", s.attacks());
        root.put("undercuts", s.undercuts());
        root.put("rephrases", s.rephrases());
        root.put("replies", s.replies());
        root.put("offTopic", s.offTopic());
        root.put("linked", s.linked());
        root.put("mainClaims", s.mainClaims());
        ArrayNode problems = root.putArray("problems");
        for (Problem problem : report.problems()) {
            ObjectNode entry = problems.addObject();
            entry.put("code", problem.code());
            entry.put("message", problem.message());
            ArrayNode ids = entry.putArray("ids");
            problem.ids().forEach(ids::add);
        }
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        evaluation(root, report.evaluation());
        report.argumentStatistics().addJson(root);
        return root;
    }

    /**
     * {@code "evaluation": {"semantics", "in", "out", "undecided", "notice"}} with statement ids in
     * map order, and {@code "strength"}: each statement's gradual strength to two decimals, leaving
     * out those the evaluation gives none.
     */
    private static void evaluation(ObjectNode root, EvaluationReport report) {
        Evaluation evaluation = report.evaluation();
        ObjectNode out = root.putObject("evaluation");
        out.put("semantics", evaluation.semantics().key());
        for (Label label : Label.values()) {
            ArrayNode ids = out.putArray(switch (label) {
                case IN -> "in";
                case OUT -> "out";
                case UNDECIDED -> "undecided";
            });
            evaluation.statementsLabelled(label).forEach(ids::add);
        }
        if (!evaluation.notice().isBlank()) {
            out.put("notice", evaluation.notice());
        }
        ObjectNode strength = root.putObject("strength");
        for (String id : evaluation.statements()) {
            double value = evaluation.strength(id);
            if (!Double.isNaN(value)) {
                strength.put(id, Math.round(value * 100) / 100.0);
            }
        }
    }
}
