package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a saving program with SIGKILL ({@code destroyForcibly}) at random moments, many times, and
 * checks that the file is every time exactly the old or the new content, never a mixture or cut
 * short, and that what a killed save leaves behind is recognisable and removed by a later save.
 *
 * <p>The number of runs is {@code -Dargumap.saveKill.runs} (a default that keeps this under a
 * minute on two cores; {@code -P crash-test} runs 300). A kill of the process, not a power cut:
 * what the operating system has accepted reaches the disk even after SIGKILL, so this proves the
 * rename's all-or-nothing, not the forcing to disk.
 */
class AtomicSaveKillIT {
    private static final int RUNS = Integer.getInteger("argumap.saveKill.runs", 80);
    private static final int SIZE = Integer.getInteger("argumap.saveKill.bytes", 4 * 1024 * 1024);
    /** Past the start of the program, up to a few saves of {@link #SIZE} on an ordinary disk. */
    private static final int MOST_DELAY_MILLIS = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledSaveLeavesTheOldOrTheNewFileWhole() throws Exception {
        Path target = dir.resolve("map.argumap.json");
        String old = sha256(SaveLoop.content(0, SIZE));
        String next = sha256(SaveLoop.content(1, SIZE));
        AtomicFiles.write(target, SaveLoop.content(0, SIZE));
        Random random = new Random(11);
        int damaged = 0;
        int[] seen = new int[2];
        for (int run = 0; run < RUNS; run++) {
            killSavingAfter(target, random.nextInt(MOST_DELAY_MILLIS));
            String found = sha256(Files.readAllBytes(target));
            if (found.equals(old)) {
                seen[0]++;
            } else if (found.equals(next)) {
                seen[1]++;
            } else {
                damaged++;
            }
        }
        List<String> strays = strays(target);
        System.out.println(RUNS + " runs, " + damaged + " damaged files (" + seen[0] + " old, " + seen[1]
                + " new; " + strays.size() + " temporary files left by killed saves)");
        assertEquals(0, damaged, "files that were neither the old nor the new content");
        for (String stray : strays) {
            assertTrue(TemporaryFiles.isTemporaryOf(target, stray), "recognisable as a save's temporary file: " + stray);
        }

        for (String stray : strays) {
            Files.setLastModifiedTime(dir.resolve(stray), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        }
        AtomicFiles.write(target, SaveLoop.content(1, SIZE));
        assertEquals(List.of(), strays(target), "the next save removes what killed saves left");
    }

    private void killSavingAfter(Path target, int millis) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SaveLoop.class.getName(), target.toString(), Integer.toString(SIZE))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertEquals("saving", line, "the saving program started");
            Thread.sleep(millis);
        } finally {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the saving program was killed");
        }
    }

    private List<String> strays(Path target) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(target.getFileName().toString()))
                    .sorted().forEach(names::add);
        }
        return names;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
