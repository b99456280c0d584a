package org.argumap.cli;

import java.util.List;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.analysis.evaluation.Label;
import org.argumap.analysis.evaluation.Semantics;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;

/**
 * What {@code check} says about which claims stand: the evaluation itself, and the main claims
 * with their words, since the report is printed after the map is gone.
 */
record EvaluationReport(Evaluation evaluation, List<MainClaim> mainClaims) {
    /** Long enough to recognise a claim, short enough for one line of a terminal. */
    private static final int MAX_WORDS_LENGTH = 50;

    EvaluationReport {
        mainClaims = List.copyOf(mainClaims);
    }

    /** A main claim as the report names it: {@code "Cats make better pets" (s1)}, and its label. */
    record MainClaim(String id, String words, Label label) {
        String excerpt() {
            return words.isBlank() ? "the empty statement " + id : quote(words) + " (" + id + ")";
        }
    }

    static EvaluationReport of(ArgumentMap map, Semantics semantics) {
        Evaluation evaluation = Evaluator.evaluate(map, semantics);
        List<MainClaim> claims = map.mainClaims().stream()
                .map(s -> new MainClaim(s.id(), wordsOf(s), evaluation.label(s.id())))
                .toList();
        return new EvaluationReport(evaluation, claims);
    }

    int count(Label label) {
        return evaluation.statementsLabelled(label).size();
    }

    private static String wordsOf(Statement statement) {
        return statement.text().isBlank() ? statement.title() : statement.text();
    }

    /** Whitespace collapsed, cut at a word boundary when too long, as the problems quote statements. */
    private static String quote(String words) {
        String flat = words.strip().replaceAll("\\s+", " ");
        if (flat.length() <= MAX_WORDS_LENGTH) {
            return "\"" + flat + "\"";
        }
        int cut = flat.lastIndexOf(' ', MAX_WORDS_LENGTH);
        if (cut < MAX_WORDS_LENGTH / 2) {
            cut = MAX_WORDS_LENGTH;
        }
        return "\"" + flat.substring(0, cut).strip() + "...\"";
    }
}
