package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.io.json.JsonMappers;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.StatementContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever Argumap saves it opens again: the writers check their output against the limits the
 * readers apply, which are stated once, in {@link Limits}. LargeMapRoundTripIT writes and reads a
 * real 1,000,000-statement map.
 */
class LimitsTest {
    private static final Limits LIMITS = Limits.STANDARD;
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();

    @Test
    void theNativeReaderAppliesTheLimitsTheWriterChecks() {
        assertEquals(LIMITS.maxMapFileBytes(), JsonMappers.MAX_DOCUMENT_BYTES);
        assertEquals(LIMITS.maxTextChars(), JsonMappers.MAX_STRING_LENGTH);
        assertEquals(LIMITS.maxNesting(), JsonMappers.MAX_NESTING_DEPTH);
        assertEquals(LIMITS.maxMapFileBytes(), InputFiles.MAX_BYTES, "Open reads every file a save can write");
    }

    @Test
    void aMillionStatementDebateWithItsLayoutFitsTheFileSizeLimitWithRoomToSpare() throws Exception {
        int statements = 20_000;
        ArgumentMap map = laidOut(DebateMaps.debate(statements, 7));
        long bytes = ArgumapJsonFormat.WRITER.write(map).length;
        long million = bytes * (1_000_000 / statements);
        assertTrue(million * 2 < LIMITS.maxMapFileBytes(),
                "a 1,000,000-statement debate is about " + Limits.megabytes(million) + "; Argumap reads "
                        + Limits.megabytes(LIMITS.maxMapFileBytes()));
        assertTrue(1_000_000 <= LIMITS.maxStatements() && 1_000_000 <= LIMITS.maxInferences());
    }

    @Test
    void aTextTooLongToReadIsRefusedAtSaveBeforeAnythingIsWritten(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("long.argumap.json");
        Files.writeString(file, "the old map");
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("x".repeat(LIMITS.maxTextChars() + 1)));

        UnreadableOutputException e = assertThrows(UnreadableOutputException.class, () -> format.write(map, file));
        assertEquals("Argumap could not open the file again: statement s1's text is 5,000,001 characters long, and"
                + " Argumap reads texts of up to 5,000,000 characters (limit of text length). Nothing was written",
                e.getMessage());
        assertEquals("the old map", Files.readString(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left");
        }
        String dialog = SaveFailures.explain(file, e);
        assertTrue(dialog.startsWith("long.argumap.json could not be saved: Argumap could not open the file again:"), dialog);
        assertTrue(!dialog.contains("The system said"), "the refusal is Argumap's own, not the system's: " + dialog);
    }

    @Test
    void theLongestTextAndDataKeyTheWriterAcceptsOpenAgain(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("longest.argumap.json");
        String text = "y".repeat(LIMITS.maxTextChars());
        String key = "k".repeat(50_000);
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim(text).withData(Map.of(key, "v")));

        format.write(map, file);
        ArgumentMap read = format.read(file).map();
        assertEquals(text, read.statement("s1").content().text());
        assertEquals(Map.of(key, "v"), read.statement("s1").content().data());
    }

    @Test
    void aMapWithMoreStatementsThanTheReadersTakeIsRefusedByWriterAndReader() throws Exception {
        Limits three = new Limits(LIMITS.maxMapFileBytes(), LIMITS.maxImportBytes(), LIMITS.maxAifBytes(),
                LIMITS.maxTextChars(), LIMITS.maxNesting(), 3, 3);
        ArgumentMap map = DebateMaps.debate(4, 1);
        byte[] bytes = ArgumapJsonFormat.WRITER.write(map);

        UnreadableOutputException written = assertThrows(UnreadableOutputException.class,
                () -> three.checkWritten("argumap", bytes, map));
        assertTrue(written.getMessage().contains("it holds 4 statements, and Argumap opens maps of up to 3 statements"
                + " (limit of statements)"), written.getMessage());
        Path name = Path.of("four.argumap.json");
        MapReadException read = assertThrows(MapReadException.class, () -> three.checkRead(map, name));
        assertEquals("four.argumap.json:0:0: The map exceeds a limit and was not opened: it holds 4 statements, and"
                + " Argumap opens maps of up to 3 statements (limit of statements).", read.getMessage());
    }

    @Test
    void anExportTooLargeForItsOwnImportIsRefused() {
        Limits tiny = new Limits(LIMITS.maxMapFileBytes(), 100, 100, LIMITS.maxTextChars(), LIMITS.maxNesting(),
                LIMITS.maxStatements(), LIMITS.maxInferences());
        ArgumentMap map = DebateMaps.debate(10, 1);
        byte[] argdown = new byte[101];
        UnreadableOutputException e = assertThrows(UnreadableOutputException.class,
                () -> tiny.checkWritten("argdown", argdown, map));
        assertTrue(e.getMessage().contains("the file would be 101 bytes, and Argumap reads files of this format of up to"
                + " 100 bytes (limit of file size)"), e.getMessage());
    }

    @Test
    void everyFormatArgumapReadsBackChecksWhatItsWriterWrites() throws Exception {
        ArgumentMap map = new ArgumentMap();
        map.addStatement("s1", StatementContent.claim("z".repeat(LIMITS.maxTextChars() + 1)));
        for (MapWriter writer : MapFormats.writers()) {
            if (Limits.READ_BACK.contains(writer.name())) {
                UnreadableOutputException e = assertThrows(UnreadableOutputException.class, () -> writer.write(map),
                        writer.name());
                assertTrue(e.getMessage().contains("limit of text length"), e.getMessage());
            }
        }
        assertEquals(4, MapFormats.writers().stream().filter(w -> Limits.READ_BACK.contains(w.name())).count(),
                "the native map, Argdown and both AIF writers");
    }

    /** Every box placed, as the editor saves a map it has laid out. */
    static ArgumentMap laidOut(ArgumentMap map) {
        Random random = new Random(3);
        for (MapNode node : List.copyOf(map.nodes())) {
            map.moveTo(node.id(), new Position(random.nextInt(2_000_000) + 0.5, random.nextInt(400_000) + 0.25));
        }
        return map;
    }

    @Test
    void sizesAreWrittenAsPeopleReadThem() {
        assertEquals("1,024 MB", Limits.megabytes(1L << 30));
        assertEquals("257 MB", Limits.megabytes(256L * 1024 * 1024 + 1));
        assertEquals("100 bytes", Limits.megabytes(100));
        assertEquals("2,000,000", Limits.count(2_000_000));
    }
}
