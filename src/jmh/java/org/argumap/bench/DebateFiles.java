package org.argumap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.argumap.io.MapFormats;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;

/**
 * Writes the generated debates the whole-process benchmark ({@code src/jmh/process-benchmarks.sh})
 * times, as Argumap files and as Argdown: {@code DebateFiles DIR N...} writes
 * {@code DIR/debate-N.argumap.json} and {@code DIR/debate-N.argdown}, seed 42, skipping files
 * already there.
 */
public final class DebateFiles {
    private static final long SEED = 42;

    private DebateFiles() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        for (int i = 1; i < args.length; i++) {
            int size = Integer.parseInt(args[i]);
            Path json = folder.resolve("debate-" + size + ".argumap.json");
            Path argdown = folder.resolve("debate-" + size + ".argdown");
            if (Files.exists(json) && Files.exists(argdown)) {
                continue;
            }
            ArgumentMap map = DebateMaps.debate(size, SEED);
            Files.write(json, MapFormats.writer("argumap").orElseThrow().write(map));
            Files.write(argdown, MapFormats.writer("argdown").orElseThrow().write(map));
            System.out.println("wrote " + json + " and " + argdown);
        }
    }
}
