package org.argumap.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.argumap.io.aif.AifFormat;
import org.argumap.io.argdown.ArgdownFormat;
import org.argumap.io.json.ArgumapJsonFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each limit of {@link Limits} (file size, nesting, text length, element counts), in each reader,
 * refuses with a message naming the file, the limit and, where the reader knows it, the place. The
 * limits the parsers enforce themselves are passed for real; those checked on the map read are
 * tried on small files with small limits, through each registered reader.
 */
class ReaderLimitsTest {
    private static final Limits LIMITS = Limits.STANDARD;
    private static final String REDDIT = "[{\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t3\", \"data\":"
            + " {\"title\": \"Cats or dogs?\", \"selftext\": \"\", \"name\": \"t3_a\", \"author\": \"ana\"}}]}},"
            + " {\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t1\", \"data\": {\"name\": \"t1_b\","
            + " \"id\": \"b\", \"body\": \"Cats, they purr.\", \"author\": \"bo\", \"replies\": \"\"}}]}}]";
    private static final String KIALO = "Discussion Title: Cats or dogs?\n\n1. Cats are the better pet.\n"
            + "1.1. Pro: They purr.\n1.2. Con: They scratch.\n";

    /** A small file of each format Argumap reads, with two statements or more. */
    static Map<String, byte[]> samples() throws Exception {
        ArgumentMap debate = DebateMaps.debate(5, 1);
        return Map.of(
                "hackernews", Files.readAllBytes(Path.of("src/test/resources/fetch/hn-item.json")),
                "discourse", Files.readAllBytes(Path.of("src/test/resources/fetch/discourse-topic.json")),
                "argumap", ArgumapJsonFormat.WRITER.write(debate),
                "argdown", ArgdownFormat.writeToString(debate).getBytes(StandardCharsets.UTF_8),
                "aif", AifFormat.write(debate, true),
                "kialo", KIALO.getBytes(StandardCharsets.UTF_8),
                "reddit", REDDIT.getBytes(StandardCharsets.UTF_8),
                "lemmy", Files.readAllBytes(Path.of("src/test/resources/thread/cookies-thread.lemmy.json")));
    }

    static Stream<MapReader> readers() {
        return MapFormats.readers().stream();
    }

    @Test
    void everyRegisteredReaderHasASample() throws Exception {
        assertEquals(samples().keySet(), MapFormats.readers().stream().map(MapReader::name)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void eachReaderReadsItsSampleWithinTheStandardLimits(MapReader reader) throws Exception {
        ReadResult result = reader.read(samples().get(reader.name()), Path.of("sample"));
        assertTrue(result.map().statements().size() >= 2, reader.name());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void aFileLargerThanItsReaderTakesIsRefusedBeforeItIsRead(MapReader reader, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("huge" + reader.extensions().get(0));
        long max = LIMITS.maxBytes(reader.name());
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(max + 1);
        }
        MapReadException e = assertThrows(MapReadException.class, () -> InputFiles.read(file, reader));
        assertEquals(file + ":0:0: The file is " + Limits.megabytes(max + 1) + "; Argumap reads " + reader.label()
                + " files of up to " + Limits.megabytes(max) + " (limit of file size).", e.getMessage());
    }

    @Test
    void aMapFileLargerThanArgumapOpensIsRefusedBeforeItIsRead(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("huge.argumap.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(LIMITS.maxMapFileBytes() + 1);
        }
        MapReadException e = assertThrows(MapReadException.class, () -> new ArgumapJsonFormat().read(file));
        assertEquals(file + ":0:0: The file is 1,025 MB; Argumap reads files of up to 1,024 MB (limit of file size).",
                e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void eachReaderChecksTheSizeOfWhatItIsGiven(MapReader reader) throws Exception {
        byte[] sample = samples().get(reader.name());
        MapReader small = ((SimpleMapReader) reader).within(limits(sample.length - 1, LIMITS.maxTextChars(),
                LIMITS.maxStatements(), LIMITS.maxInferences()));
        MapReadException e = assertThrows(MapReadException.class, () -> small.read(sample, Path.of("dropped")));
        assertEquals("dropped:0:0: The file is " + Limits.megabytes(sample.length) + "; Argumap reads " + reader.label()
                + " files of up to " + Limits.megabytes(sample.length - 1) + " (limit of file size).", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void eachReaderChecksTheNumberOfStatements(MapReader reader) throws Exception {
        MapReader small = ((SimpleMapReader) reader).within(limits(LIMITS.maxImportBytes(), LIMITS.maxTextChars(), 1,
                LIMITS.maxInferences()));
        MapReadException e = assertThrows(MapReadException.class,
                () -> small.read(samples().get(reader.name()), Path.of("many")));
        assertTrue(e.getMessage().startsWith("many:0:0: The map exceeds a limit and was not opened: it holds "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("statements, and Argumap opens maps of up to 1 statements (limit of statements)."),
                e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void eachReaderChecksTheNumberOfInferences(MapReader reader) throws Exception {
        MapReader small = ((SimpleMapReader) reader).within(limits(LIMITS.maxImportBytes(), LIMITS.maxTextChars(),
                LIMITS.maxStatements(), 0));
        MapReadException e = assertThrows(MapReadException.class,
                () -> small.read(samples().get(reader.name()), Path.of("linked")));
        assertTrue(e.getMessage().endsWith("inferences, and Argumap opens maps of up to 0 inferences (limit of inferences)."),
                e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("readers")
    void eachReaderChecksTheLengthOfTexts(MapReader reader) throws Exception {
        MapReader small = ((SimpleMapReader) reader).within(limits(LIMITS.maxImportBytes(), 5, LIMITS.maxStatements(),
                LIMITS.maxInferences()));
        MapReadException e = assertThrows(MapReadException.class,
                () -> small.read(samples().get(reader.name()), Path.of("wordy")));
        assertTrue(e.getMessage().startsWith("wordy:0:0: The map exceeds a limit and was not opened: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("characters long, and Argumap reads texts of up to 5 characters"
                + " (limit of text length)."), e.getMessage());
    }

    /** The JSON formats: Jackson refuses a text or a nesting past the limit as it meets it, at its place. */
    static Stream<Arguments> jsonReaders() {
        return Stream.of("argumap", "aif", "reddit", "lemmy").map(name -> Arguments.of(MapFormats.reader(name).orElseThrow()));
    }

    @ParameterizedTest
    @MethodSource("jsonReaders")
    void aJsonTextLongerThanArgumapReadsIsRefusedWhereItIs(MapReader reader) {
        String json = "{\"format\": \"argumap\", \"version\": 2,\n\"x\": \"" + "x".repeat(LIMITS.maxTextChars() + 1) + "\"}";
        MapReadException e = assertThrows(MapReadException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8), Path.of("long.json")));
        assertEquals("The file exceeds a safety limit and was not read: a text is 5,000,001 characters long, and Argumap"
                + " reads texts of up to 5,000,000 characters (limit of text length).", e.reason());
        assertEquals(Path.of("long.json"), e.file());
        assertEquals(2, e.line(), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("jsonReaders")
    void aJsonNestingDeeperThanArgumapReadsIsRefusedWhereItIs(MapReader reader) {
        String json = "{\"format\": \"argumap\", \"version\": 2,\n\"x\": " + "[".repeat(LIMITS.maxNesting() + 5)
                + "]".repeat(LIMITS.maxNesting() + 5) + "}";
        MapReadException e = assertThrows(MapReadException.class,
                () -> reader.read(json.getBytes(StandardCharsets.UTF_8), Path.of("deep.json")));
        assertEquals("The file exceeds a safety limit and was not read: it nests 201 levels deep, and Argumap reads up"
                + " to 200 levels (limit of nesting).", e.reason());
        assertEquals("2:" + (6 + LIMITS.maxNesting()), e.line() + ":" + e.column(), e.getMessage());
    }

    @Test
    void argdownRelationsNestedDeeperThanArgumapReadsAreRefusedWhereTheyAre() {
        StringBuilder text = new StringBuilder("[Root]: r\n");
        for (int i = 1; i <= LIMITS.maxNesting() + 5; i++) {
            text.append(" ".repeat(i)).append("+ s").append(i).append('\n');
        }
        MapReadException e = assertThrows(MapReadException.class, () -> MapFormats.reader("argdown").orElseThrow()
                .read(text.toString().getBytes(StandardCharsets.UTF_8), Path.of("deep.argdown")));
        assertEquals("deep.argdown:202:202: Relations are nested more than 200 levels deep here.", e.getMessage());
    }

    @Test
    void kialoClaimsNestedDeeperThanArgumapReadsAreRefusedWhereTheyAre() {
        String deep = "1" + ".1".repeat(LIMITS.maxNesting()) + ".";
        String text = KIALO + deep + " Pro: Too deep.\n";
        MapReadException e = assertThrows(MapReadException.class, () -> MapFormats.reader("kialo").orElseThrow()
                .read(text.getBytes(StandardCharsets.UTF_8), Path.of("deep.kialo.txt")));
        assertEquals("deep.kialo.txt:6:1: The claim 1.1.1.1.1.1.1.1.1.1.… is nested 201 levels deep; Argumap reads"
                + " claims nested up to 200 levels deep (limit of nesting).", e.getMessage());
    }

    @Test
    void argdownAndKialoTextsLongerThanArgumapReadsAreRefused() {
        String text = "x".repeat(LIMITS.maxTextChars() + 1);
        MapReadException argdown = assertThrows(MapReadException.class, () -> MapFormats.reader("argdown").orElseThrow()
                .read(("[Long]: " + text + "\n").getBytes(StandardCharsets.UTF_8), Path.of("long.argdown")));
        assertTrue(argdown.getMessage().startsWith("long.argdown:0:0: The map exceeds a limit and was not opened: statement "),
                argdown.getMessage());
        assertTrue(argdown.getMessage().endsWith("'s text is 5,000,001 characters long, and Argumap reads texts of up to"
                + " 5,000,000 characters (limit of text length)."), argdown.getMessage());
        MapReadException kialo = assertThrows(MapReadException.class, () -> MapFormats.reader("kialo").orElseThrow()
                .read(("Discussion Title: T\n\n1. " + text + "\n").getBytes(StandardCharsets.UTF_8), Path.of("long.kialo")));
        assertTrue(kialo.getMessage().contains("text is 5,000,001 characters long"), kialo.getMessage());
        assertFalse(kialo.getMessage().contains("Exception"));
    }

    private static Limits limits(long bytes, int text, int statements, int inferences) {
        return new Limits(bytes, bytes, bytes, text, LIMITS.maxNesting(), statements, inferences);
    }
}
