package org.argumap.analysis.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.analysis.MapChecker;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;

class FeedbackTest {
    private final ArgumentMap map = new ArgumentMap();

    private FeedbackTest claim(String id, String text) {
        map.addStatement(id, StatementContent.claim(text));
        return this;
    }

    private FeedbackTest evidence(String id, String text) {
        map.addStatement(id, StatementContent.evidence("Survey", text, "https://example.org"));
        return this;
    }

    private FeedbackTest link(InferenceType type, String id, String target, String... premises) {
        map.addInference(id, InferenceContent.of(type), List.of(premises), target);
        return this;
    }

    private List<Finding> findings(String code) {
        return Feedback.of(map).stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void aLoneMainClaimIsAskedForAReason() {
        claim("s1", "Cats make better pets than dogs");

        List<Finding> found = findings(Feedback.UNSUPPORTED_CLAIM);

        assertEquals(1, found.size());
        assertEquals(List.of("s1"), found.get(0).ids());
        assertEquals(Severity.SUGGESTION, found.get(0).severity());
        assertTrue(found.get(0).message().contains("\"Cats make better pets than dogs\" (s1)"), found.get(0).message());
        assertEquals("Give a reason for it, or evidence beneath it.", found.get(0).hint());
    }

    @Test
    void reasonsWithoutSupportAreAskedForOneButObjectionsAndEvidenceAreNot() {
        claim("s1", "Cats make better pets").claim("s2", "Cats need less time").claim("s3", "Dogs are more loyal")
                .evidence("e1", "Cat owners spend less time on care").claim("s4", "Cats are cleaner")
                .link(InferenceType.SUPPORT, "i1", "s1", "s2")
                .link(InferenceType.SUPPORT, "i2", "s2", "e1")
                .link(InferenceType.ATTACK, "i3", "s1", "s3")
                .link(InferenceType.SUPPORT, "i4", "s1", "s4");

        List<Finding> found = findings(Feedback.UNSUPPORTED_CLAIM);

        assertEquals(List.of(List.of("s4")), found.stream().map(Finding::ids).toList());
        assertTrue(found.get(0).message().startsWith("The reason "), found.get(0).message());
    }

    @Test
    void emptyAndIsolatedClaimsGetTheirProblemOnly() {
        claim("s1", "Cats make better pets").claim("s2", "").claim("s3", "A stray thought")
                .link(InferenceType.SUPPORT, "i1", "s1", "s2");

        List<Finding> all = Feedback.of(map);

        assertEquals(List.of(MapChecker.EMPTY_STATEMENT, MapChecker.ISOLATED_STATEMENT),
                all.stream().filter(f -> f.severity() == Severity.PROBLEM).map(Finding::code).toList());
        assertTrue(findings(Feedback.UNSUPPORTED_CLAIM).isEmpty(), all.toString());
        assertEquals(Severity.PROBLEM, all.get(0).severity(), "problems come first");
        all.forEach(f -> assertTrue(!f.hint().isBlank(), f.toString()));
    }

    @Test
    void anUnansweredObjectionIsFoundAndAnsweringItRemovesTheFinding() {
        claim("s1", "Cats make better pets").evidence("e1", "Cats need less time")
                .claim("s2", "Dogs are more loyal")
                .link(InferenceType.SUPPORT, "i1", "s1", "e1")
                .link(InferenceType.ATTACK, "i2", "s1", "s2");

        List<Finding> found = findings(Feedback.UNANSWERED_OBJECTION);
        assertEquals(1, found.size());
        assertEquals(List.of("s2", "i2", "s1"), found.get(0).ids(), "the objection first");
        assertTrue(found.get(0).message().contains("\"Dogs are more loyal\" (s2)"), found.get(0).message());

        claim("s3", "Loyalty matters less than fitting into one's life").link(InferenceType.ATTACK, "i3", "s2", "s3");

        assertEquals(List.of(), findings(Feedback.UNANSWERED_OBJECTION),
                "answered; and the answer, a rebuttal, is not itself asked for an answer");
    }

    @Test
    void anUndercutOfTheObjectionAnswersItToo() {
        claim("s1", "Cats make better pets").claim("s2", "Dogs are more loyal").claim("s3", "Loyalty is beside the point")
                .link(InferenceType.ATTACK, "i1", "s1", "s2")
                .link(InferenceType.ATTACK, "i2", "i1", "s3");

        assertEquals(List.of(), findings(Feedback.UNANSWERED_OBJECTION), "the undercut answers the objection");
    }

    @Test
    void anUndercutOfAReasonsStepIsAnObjectionToAnswer() {
        claim("s1", "Cats make better pets").claim("s2", "Cats are quieter").claim("s3", "Quiet says nothing about pets")
                .link(InferenceType.SUPPORT, "i1", "s1", "s2")
                .link(InferenceType.ATTACK, "i2", "i1", "s3");

        List<Finding> found = findings(Feedback.UNANSWERED_OBJECTION);

        assertEquals(List.of(List.of("s3", "i2", "i1")), found.stream().map(Finding::ids).toList());
        assertTrue(found.get(0).message().startsWith("The undercut "), found.get(0).message());
    }

    @Test
    void aMainClaimBroughtDownByAnObjectionDoesNotStand() {
        claim("s1", "Cats make better pets").evidence("e1", "Cats need less time").claim("s2", "Dogs are more loyal")
                .link(InferenceType.SUPPORT, "i1", "s1", "e1")
                .link(InferenceType.ATTACK, "i2", "s1", "s2");

        List<Finding> found = findings(Feedback.MAIN_CLAIM_DOES_NOT_STAND);

        assertEquals(1, found.size());
        assertEquals(List.of("s1", "s2"), found.get(0).ids(), "the claim, then what brings it down");
        assertTrue(found.get(0).message().contains("falls"), found.get(0).message());

        claim("s3", "Loyalty is beside the point").link(InferenceType.ATTACK, "i3", "s2", "s3");
        assertTrue(findings(Feedback.MAIN_CLAIM_DOES_NOT_STAND).isEmpty(), "the rebuttal reinstates it");
    }

    @Test
    void theEvaluationPassedInIsTheOneUsed() {
        claim("s1", "Cats make better pets").claim("s2", "Dogs are more loyal")
                .link(InferenceType.ATTACK, "i1", "s1", "s2");
        var before = Evaluator.evaluate(map);
        claim("s3", "Loyalty is beside the point").link(InferenceType.ATTACK, "i2", "s2", "s3");

        assertEquals(1, Feedback.of(map, before).stream()
                .filter(f -> f.code().equals(Feedback.MAIN_CLAIM_DOES_NOT_STAND)).count());
        assertEquals(0, findings(Feedback.MAIN_CLAIM_DOES_NOT_STAND).size());
    }

    @Test
    void anArgumentWithoutPremisesIsASuggestionWithItsId() {
        claim("s1", "Cats make better pets");
        map.addInference("i1", InferenceContent.of(InferenceType.SUPPORT).withTitle("The time argument"), List.of(), "s1");

        List<Finding> found = findings(MapChecker.INFERENCE_WITHOUT_PREMISES);

        assertEquals(1, found.size());
        assertEquals(List.of("i1"), found.get(0).ids());
        assertEquals(Severity.SUGGESTION, found.get(0).severity());
        assertEquals(MapChecker.warnings(map), List.of(found.get(0).message()), "the same words as check's warning");
    }

    @Test
    void theSummaryCountsBySeverity() {
        claim("s1", "Cats make better pets").claim("s2", "").claim("s3", "Cats are clean").claim("s4", "A stray thought")
                .link(InferenceType.SUPPORT, "i1", "s1", "s2").link(InferenceType.SUPPORT, "i2", "s1", "s3");

        assertEquals("2 problems, 1 suggestion", Feedback.summary(Feedback.of(map)));
        assertEquals("no problems, no suggestions", Feedback.summary(List.of()));
    }
}
