package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case: a laid-out 1,000,000-statement map is saved and opened again, and a file of
 * more statements than Argumap opens is refused with the limit and the place. Needs about 3 GB of
 * heap (the default on a machine of 12 GB or more); skipped, saying so, with less.
 */
class LargeMapRoundTripIT {
    private static final int STATEMENTS = Integer.getInteger("argumap.largeMap.statements", 1_000_000);
    private static final long NEEDED_HEAP = 3L << 30;

    @Test
    void aMillionStatementMapIsSavedAndOpensAgain(@TempDir Path folder) throws Exception {
        assumeTrue(Runtime.getRuntime().maxMemory() >= NEEDED_HEAP,
                "needs 3 GB of heap, has " + Limits.megabytes(Runtime.getRuntime().maxMemory()));
        ArgumentMap map = LimitsTest.laidOut(DebateMaps.debate(STATEMENTS, 11));
        Path file = folder.resolve("million.argumap.json");
        ArgumapJsonFormat format = new ArgumapJsonFormat();

        long start = System.nanoTime();
        format.write(map, file);
        long written = System.nanoTime();
        ArgumentMap read = format.read(file).map();
        long opened = System.nanoTime();

        long size = Files.size(file);
        System.out.printf("%,d statements, %,d inferences: %s file (%s the limit), saved in %.1f s, opened in %.1f s%n",
                STATEMENTS, map.inferences().size(), Limits.megabytes(size),
                Limits.megabytes(Limits.STANDARD.maxMapFileBytes()), (written - start) / 1e9, (opened - written) / 1e9);
        assertTrue(size > 256L << 20, "larger than the old limit of 256 MB, which this map passed");
        assertEquals(map.statements().size(), read.statements().size());
        assertEquals(map.inferences().size(), read.inferences().size());
        for (int i = 0; i < STATEMENTS; i += 99_991) {
            Statement statement = map.statements().get(i);
            assertEquals(statement.content(), read.statement(statement.id()).content());
            assertEquals(statement.position(), read.statement(statement.id()).position());
        }
    }

    @Test
    void aFileOfMoreStatementsThanArgumapOpensIsRefusedAtTheFirstOneTooMany(@TempDir Path folder) throws Exception {
        int max = Limits.STANDARD.maxStatements();
        Path file = folder.resolve("too-many.argumap.json");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"format\": \"argumap\", \"version\": 2, \"statements\": [\n");
            for (int i = 0; i <= max; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"id\": \"s" + i + "\", \"text\": \"t\"}");
            }
            out.write("\n]}\n");
        }
        MapReadException e = assertThrows(MapReadException.class, () -> new ArgumapJsonFormat().read(file));
        assertEquals(file + ":" + (max + 2) + ":1: The file holds 2,000,001 statements, and Argumap opens maps of up to"
                + " 2,000,000 statements (limit of statements).", e.getMessage());
    }
}
