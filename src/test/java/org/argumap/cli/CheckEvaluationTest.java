package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.argumap.analysis.MapStatistics;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;
import org.argumap.analysis.evaluation.Semantics;
import org.argumap.model.ArgumentMap;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} says which claims stand. The labels asserted here are those of simple maps, where
 * every semantics agrees with the grounded one, so the tests hold whichever semantics computes them;
 * strengths are only checked for their shape, never their values.
 */
class CheckEvaluationTest {
    /**
     * s1, the only main claim, is answered by an objection nobody answers, so it falls; s4 and s5
     * attack each other, which nothing decides.
     */
    static final String MAP = """
            { "format": "argumap", "version": 1, "title": "Pets",
              "statements": [
                {"id": "s1", "kind": "claim", "text": "Cats make better pets than dogs"},
                {"id": "s2", "kind": "claim", "text": "Cats need less of their owners' time"},
                {"id": "s3", "kind": "claim", "text": "Dogs are more loyal companions"},
                {"id": "s4", "kind": "claim", "text": "Hamsters are the best pets"},
                {"id": "s5", "kind": "claim", "text": "Hamsters bite"}
              ],
              "inferences": [
                {"id": "i1", "type": "support", "premises": ["s2"], "target": "s1"},
                {"id": "i2", "type": "attack", "premises": ["s3"], "target": "s1"},
                {"id": "i3", "type": "attack", "premises": ["s5"], "target": "s4"},
                {"id": "i4", "type": "attack", "premises": ["s4"], "target": "s5"}
              ] }
            """;
    /** No cycle (s5 attacks s4 unanswered): every semantics labels it as the grounded one does. */
    static final String ACYCLIC = MAP.replace(",\n    {\"id\": \"i4\", \"type\": \"attack\", \"premises\": [\"s4\"], \"target\": \"s5\"}", "");

    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("pets.argumap.json"), content, StandardCharsets.UTF_8);
    }

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    @Test
    void jsonSaysWhichStatementsAreInOutAndUndecidedInMapOrder() throws IOException {
        CliRun run = CliRun.of("check", file(MAP).toString(), "--json");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        JsonNode root = json(run);
        JsonNode evaluation = root.get("evaluation");
        assertEquals("grounded", evaluation.get("semantics").asText());
        assertEquals(List.of("s2", "s3"), texts(evaluation.get("in")));
        assertEquals(List.of("s1"), texts(evaluation.get("out")));
        assertEquals(List.of("s4", "s5"), texts(evaluation.get("undecided")));
        assertFalse(evaluation.has("notice"), "no notice when there is nothing to say");
        for (String key : CheckCommandTest.PROMISED_KEYS) {
            assertTrue(root.has(key), key);
        }
        assertEquals(5, root.get("statements").asInt(), "the promised counts are unchanged");
    }

    @Test
    void strengthsAreStatementIdsWithNumbersFromZeroToOneToTwoDecimals() throws IOException {
        JsonNode strength = json(CliRun.of("check", file(MAP).toString(), "--json")).get("strength");
        assertTrue(strength.isObject(), strength.toString());
        strength.fields().forEachRemaining(entry -> {
            assertTrue(List.of("s1", "s2", "s3", "s4", "s5").contains(entry.getKey()), entry.getKey());
            double value = entry.getValue().asDouble();
            assertTrue(entry.getValue().isNumber() && value >= 0 && value <= 1, entry.toString());
            assertEquals(Math.round(value * 100) / 100.0, value, entry.toString());
        });
    }

    @Test
    void everySemanticsCanBeChosenAndAgreesOnAMapWithoutCycles() throws IOException {
        Path map = file(ACYCLIC);
        for (Semantics semantics : Semantics.values()) {
            CliRun run = CliRun.of("check", map.toString(), "--json", "--semantics", semantics.key());
            assertEquals(ExitStatus.OK, run.status(), run.toString());
            JsonNode evaluation = json(run).get("evaluation");
            assertEquals(semantics.key(), evaluation.get("semantics").asText());
            assertEquals(List.of("s2", "s3", "s5"), texts(evaluation.get("in")), semantics.key());
            assertEquals(List.of("s1", "s4"), texts(evaluation.get("out")), semantics.key());
            assertEquals(List.of(), texts(evaluation.get("undecided")), semantics.key());
        }
    }

    @Test
    void anUnknownSemanticsIsAUsageErrorBeforeTheMapIsRead() {
        CliRun run = CliRun.of("check", dir.resolve("not-there.argumap.json").toString(), "--semantics", "nice");
        assertEquals(ExitStatus.BAD_INPUT, run.status(), run.toString());
        assertEquals("", run.out());
        assertEquals(List.of("argumap: unknown semantics 'nice'; use grounded, preferred or stable"), run.errLines());
    }

    @Test
    void theTableSaysWhichMainClaimsStandAndCountsTheRest() throws IOException {
        CliRun run = CliRun.of("check", file(MAP).toString());
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        String out = run.out();
        assertTrue(out.contains("""
                Which claims stand (grounded):
                  falls      "Cats make better pets than dogs" (s1)
                  2 of 5 statements stand, 1 falls, 2 undecided.
                """), out);
    }

    @Test
    void aNoticeAndStrengthsOfTheEvaluationAreReported() {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("Cats are better"));
        map.addStatement("s2", StatementContent.claim("Dogs are better"));
        map.addStatement("s3", StatementContent.claim("Hamsters are better"));
        Evaluation evaluation = new Evaluation(Semantics.PREFERRED,
                Map.of("s1", Label.IN, "s2", Label.UNDECIDED, "s3", Label.OUT),
                Map.of("s1", 0.7349, "s2", 0.125001, "s3", Double.NaN), List.of("s1", "s2", "s3"),
                "The map is too large for preferred semantics; grounded labels are shown.");
        EvaluationReport evaluationReport = new EvaluationReport(evaluation,
                List.of(new EvaluationReport.MainClaim("s1", "\"Cats are better\" (s1)", Label.IN)));
        CheckReport report = new CheckReport(Path.of("m.argumap.json"), "", "argumap", MapStatistics.of(map), List.of(),
                List.of(), evaluationReport, CheckStatistics.of(map, evaluation));

        ObjectNode json = JsonReport.toJson(report);
        assertEquals("preferred", json.get("evaluation").get("semantics").asText());
        assertEquals(evaluation.notice(), json.get("evaluation").get("notice").asText());
        assertEquals("{\"s1\":0.73,\"s2\":0.13}", json.get("strength").toString());

        StringWriter text = new StringWriter();
        HumanReport.print(report, new PrintWriter(text));
        assertTrue(text.toString().contains("""
                Which claims stand (preferred):
                  stands     "Cats are better" (s1)
                  1 of 3 statements stands, 1 falls, 1 undecided.
                  The map is too large for preferred semantics; grounded labels are shown.
                """), text.toString());
    }
}
