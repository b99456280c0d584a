package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}'s statistics: the text section and the keys added to {@code --json}. */
class CheckStatisticsTest {
    @TempDir
    Path dir;

    private Path pets() throws IOException {
        return Files.writeString(dir.resolve("pets.argumap.json"), CheckCommandTest.VALID_MAP, StandardCharsets.UTF_8);
    }

    @Test
    void jsonAddsTheStatisticsAfterThePromisedKeys() throws IOException {
        CliRun run = CliRun.of("check", pets().toString(), "--json");
        assertEquals(ExitStatus.OK, run.status(), run.toString());
        JsonNode root = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(CheckCommandTest.PROMISED_KEYS.get(0), keys.get(3), "the promised keys keep their places");

        JsonNode roles = root.get("roles");
        assertEquals(List.of("mainClaim", "reason", "objection", "rebuttal", "undercutter", "rephrasing", "reply",
                "offTopic"), names(roles));
        int[] counts = {1, 4, 1, 0, 1, 1, 1, 0};
        for (int i = 0; i < counts.length; i++) {
            assertEquals(counts[i], roles.get(names(roles).get(i)).asInt(), names(roles).get(i));
        }
        assertEquals(3, root.get("depth").asInt());
        assertEquals(2, root.get("balance").size(), "the main claim and the one reason with anything beneath");
        JsonNode top = root.get("balance").get(0);
        assertEquals("s1", top.get("id").asText());
        assertEquals(List.of(1, 2, 3, 3), List.of(top.get("supports").asInt(), top.get("attacks").asInt(),
                top.get("branchSupports").asInt(), top.get("branchAttacks").asInt()));
        JsonNode attacked = root.get("mostAttacked");
        assertEquals(List.of("s1", "s4"), List.of(attacked.get(0).get("id").asText(), attacked.get(1).get("id").asText()));
        assertEquals(1, attacked.get(0).get("attacks").asInt());
        assertEquals("\"Cats make better pets than dogs\" (s1)", attacked.get(0).get("text").asText());
        JsonNode authors = root.get("authorsContributions");
        assertEquals(List.of("Ann", "Bo", "Cy", "Dee"), names(authors), "most first, then by name");
        assertEquals(2, authors.get("Ann").asInt());
        assertEquals(4, root.get("unattributed").asInt());
        JsonNode shares = root.get("standingShares");
        assertEquals(1.0, shares.get("stands").asDouble() + shares.get("falls").asDouble()
                + shares.get("undecided").asDouble(), 1e-9);
    }

    @Test
    void theTextReportHasAStatisticsSection() throws IOException {
        CliRun run = CliRun.of("check", pets().toString());
        List<String> rows = run.out().lines().map(l -> l.strip().replaceAll("\\s+", " ")).toList();
        assertTrue(rows.contains("Statistics:"), run.toString());
        assertTrue(rows.contains("depth 3"), run.toString());
        assertTrue(rows.contains("roles 1 main claim, 4 reasons, 1 objection, 1 undercutter, 1 rephrasing, 1 reply"),
                run.toString());
        assertTrue(rows.contains("most attacked \"Cats make better pets than dogs\" (s1): 1 attack"), run.toString());
        assertTrue(rows.contains("authors Ann: 2 statements"), run.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("standing ") && r.contains("of 9 statements stand")),
                run.toString());
        assertTrue(rows.indexOf("Statistics:") < rows.indexOf("No problems."), "before the problems");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
