package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.argumap.analysis.MapStatistics;
import org.argumap.io.json.ArgumapJsonFormat;
import org.junit.jupiter.api.Test;

/**
 * The bundled demo map passes {@code check}, and the command reports what the analysis computes
 * on its own. No counts are written down here, so the demo map can be edited freely.
 */
class DemoMapCheckTest {
    private static final Path DEMO = Path.of("assets/samples/apt31-thread.argumap.json");

    @Test
    void theDemoMapChecksCleanWithTheCountsOfTheAnalysis() throws Exception {
        CliRun run = CliRun.of("check", DEMO.toString(), "--json");
        assertEquals(ExitStatus.OK, run.status(), run.toString());

        MapStatistics expected = MapStatistics.of(new ArgumapJsonFormat().read(DEMO).map());
        JsonNode root = new ObjectMapper().readTree(run.out());
        Map<String, Integer> counts = Map.ofEntries(
                Map.entry("statements", expected.statements()), Map.entry("claims", expected.claims()),
                Map.entry("evidence", expected.evidence()), Map.entry("authors", expected.authors()),
                Map.entry("inferences", expected.inferences()), Map.entry("supports", expected.supports()),
                Map.entry("attacks", expected.attacks()), Map.entry("undercuts", expected.undercuts()),
                Map.entry("rephrases", expected.rephrases()), Map.entry("replies", expected.replies()),
                Map.entry("linked", expected.linked()), Map.entry("mainClaims", expected.mainClaims()));
        counts.forEach((key, value) -> assertEquals(value, root.get(key).asInt(), key));
        assertEquals(0, root.get("problems").size(), run.out());
    }
}
