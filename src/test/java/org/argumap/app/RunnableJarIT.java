package org.argumap.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a user runs it: {@code java -jar target/argumap.jar check …}. Runs after
 * {@code package} (failsafe), so it proves the manifest, the class path and the exit codes.
 */
class RunnableJarIT {
    private static final Path JAR = Path.of("target", "argumap.jar");

    @Test
    void checkOnTheDemoMapSucceedsWithTheDocumentedJson() throws Exception {
        Result result = run("check", "assets/samples/apt31-thread.argumap.json", "--json");
        assertEquals(0, result.status, result.err);
        JsonNode report = new ObjectMapper().readTree(result.out);
        for (String key : List.of("statements", "claims", "evidence", "authors", "inferences", "supports", "attacks",
                "undercuts", "rephrases", "replies", "linked", "problems", "warnings")) {
            assertTrue(report.has(key), "check --json has \"" + key + "\"");
        }
        assertTrue(report.get("statements").asInt() > 0);
    }

    @Test
    void anUnreadableMapGivesOneLocatedLineAndStatusTwo(@TempDir Path folder) throws Exception {
        Path broken = folder.resolve("broken.argumap.json");
        Files.writeString(broken, "{\n  \"format\": \"argumap\",\n  \"version\": 1,\n  \"statements\": [ { \"id\": 1 } ]\n}\n");
        Result result = run("check", broken.toString());
        assertEquals(2, result.status);
        List<String> lines = result.err.lines().toList();
        assertEquals(1, lines.size(), result.err);
        assertTrue(lines.get(0).startsWith(broken + ":4:"), lines.get(0));
        assertFalse(result.err.contains("Exception"), result.err);
    }

    /** render runs in a second JVM (QuickStart): the picture, the status and the messages still reach the user. */
    @Test
    void renderWritesTheDemoMapAndSaysNothing(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("demo.svg");
        Result result = run("render", "assets/samples/apt31-thread.argumap.json", out.toString());
        assertEquals(0, result.status, result.err);
        assertEquals("", result.err, "no JVM notices about class data archives or anything else");
        assertTrue(Files.readString(out).contains("<svg"), "an SVG drawing");
    }

    @Test
    void renderToAnUnknownFormatGivesOneLineAndStatusTwo(@TempDir Path folder) throws Exception {
        Result result = run("render", "assets/samples/apt31-thread.argumap.json", folder.resolve("demo.xyz").toString());
        assertEquals(2, result.status, result.err);
        List<String> lines = result.err.lines().toList();
        assertEquals(1, lines.size(), result.err);
        assertTrue(lines.get(0).contains("demo.xyz"), lines.get(0));
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        if (!done) {
            process.destroyForcibly();
            throw new AssertionError("argumap.jar did not finish within a minute: " + command);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), out, err);
    }

    private record Result(int status, String out, String err) {
    }
}
