package org.argumap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert IN OUT} and {@code check MAP}, run without picocli, answer exactly as the same
 * calls through picocli do (an option that changes nothing sends a call there), and calls with
 * options are left to picocli.
 */
class PlainCallTest {
    private static final String ARGDOWN = """
            ===
            title: "Plain call"
            ===

            [Tax]: We should tax sugar. {kind: policy, url: https://example.org/1}
              + <Health>: Sugar harms health.
              - [Cost]: It costs the poor most.
            """;

    @TempDir
    Path dir;

    @Test
    void checkAnswersAsThroughPicocli() throws IOException {
        Path map = write("debate.argdown", ARGDOWN);
        assertSame(CliRun.of("check", map.toString()), CliRun.of("check", "--semantics", "grounded", map.toString()));
    }

    @Test
    void convertWritesWhatPicocliWrites() throws IOException {
        Path map = write("debate.argdown", ARGDOWN);
        Path plain = dir.resolve("plain.argumap.json");
        Path picocli = dir.resolve("picocli.argumap.json");
        CliRun plainRun = CliRun.of("convert", map.toString(), plain.toString());
        CliRun picocliRun = CliRun.of("convert", "--from", "argdown", map.toString(), picocli.toString());
        assertSame(plainRun, picocliRun);
        assertEquals(Files.readString(picocli), Files.readString(plain));
    }

    @Test
    void failuresAreTheSameOneLine() throws IOException {
        Path broken = write("broken.argumap.json", "{\"statements\": [");
        Path missing = dir.resolve("missing.argdown");
        assertSame(CliRun.of("check", broken.toString()), CliRun.of("check", "--semantics", "grounded", broken.toString()));
        CliRun plain = CliRun.of("convert", missing.toString(), dir.resolve("x.json").toString());
        assertSame(plain, CliRun.of("convert", "--from", "argdown", missing.toString(), dir.resolve("x.json").toString()));
        assertEquals(ExitStatus.BAD_INPUT, plain.status());
        CliRun unwritable = CliRun.of("convert", write("ok.argdown", ARGDOWN).toString(), dir.resolve("no/such/dir/x.argumap.json").toString());
        assertEquals(ExitStatus.BAD_INPUT, unwritable.status(), unwritable.toString());
        assertTrue(unwritable.err().startsWith("argumap: could not write"), unwritable.toString());
    }

    @Test
    void callsWithOptionsOrFilesOfArgumentsAreLeftToPicocli() {
        StringWriter sink = new StringWriter();
        PrintWriter writer = new PrintWriter(sink);
        for (String[] args : new String[][] {{"check", "--json", "a"}, {"check", "@args"}, {"convert", "a"},
                {"convert", "a", "b", "c"}, {"render", "a", "b"}, {"check", ""}, {"convert", "-", "b"}}) {
            assertFalse(PlainCall.run(args, writer, writer).isPresent(), String.join(" ", args));
        }
        assertEquals("", sink.toString());
    }

    private static void assertSame(CliRun plain, CliRun picocli) {
        assertEquals(picocli.status(), plain.status(), plain + "\n" + picocli);
        assertEquals(picocli.out(), plain.out());
        assertEquals(picocli.err(), plain.err());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
