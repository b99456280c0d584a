package org.argumap.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argumap.io.MapReadException;
import org.argumap.io.ReadResult;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Verdict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Files written by the version-1 writer: read whole, left as they are on disk, saved as the current version. */
class OldVersionFilesTest {
    private static final Path OLD = Path.of("src/test/resources/old-versions");
    private final ArgumapJsonFormat format = new ArgumapJsonFormat();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"judged-v1", "apt31-thread-v1"})
    void readingLeavesTheFileAsItWasAndSavingDiffersOnlyInTheVersion(String name) throws IOException, MapReadException {
        Path file = Files.copy(OLD.resolve(name + ".argumap.json"), dir.resolve(name + ".argumap.json"));
        byte[] before = Files.readAllBytes(file);

        ReadResult result = format.read(file);

        assertEquals(List.of(), result.warnings());
        assertArrayEquals(before, Files.readAllBytes(file), "opening writes nothing");
        format.write(result.map(), file);
        String expected = new String(before, java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"version\": 1,", "\"version\": " + ArgumapJsonFormat.VERSION + ",");
        assertEquals(expected, Files.readString(file), "the old writer's bytes, at the current version");
    }

    @Test
    void judgementsAndPresentationOfAVersionOneFileAreKept() throws MapReadException, IOException {
        ArgumentMap map = format.read(OLD.resolve("judged-v1.argumap.json")).map();
        assertEquals(Verdict.ACCEPTED, map.statement("s1").content().verdict());
        assertEquals(70, map.statement("s2").content().rating());
        assertEquals(60, map.inference("i1").content().strength());
        assertEquals(2, map.presentation().steps().size());
    }

    @Test
    void aBadValueInAVersionOneFileIsLocatedInThatFile() throws IOException {
        String file = Files.readString(OLD.resolve("judged-v1.argumap.json")).replace("\"rating\": 70", "\"rating\": \"high\"");
        MapReadException error = assertThrows(MapReadException.class,
                () -> format.read(file.getBytes(java.nio.charset.StandardCharsets.UTF_8), Path.of("old.argumap.json")));
        assertEquals(19, error.line(), error.getMessage());
        assertTrue(error.getMessage().contains("'statements[1].rating'"), error.getMessage());
    }

    @Test
    void unknownFieldsOfAnOldFileAreReportedOnceWithTheirLines() throws MapReadException {
        String file = "{\n \"format\": \"argumap\",\n \"version\": 1,\n \"colour\": \"blue\",\n"
                + " \"statements\": [ {\"id\": \"s1\", \"text\": \"t\",\n \"mood\": 3} ]\n}\n";
        ReadResult result = format.read(file.getBytes(java.nio.charset.StandardCharsets.UTF_8), Path.of("extra.argumap.json"));
        assertEquals(List.of(
                "line 4: unknown field 'colour' ignored (written by another program or a newer Argumap?)",
                "line 6: unknown field 'mood' ignored (written by another program or a newer Argumap?)"), result.warnings());
    }

    @Test
    void aNewerVersionIsRefusedNamingTheFileItsVersionAndOurs() {
        byte[] file = "{\n  \"format\": \"argumap\",\n  \"version\": 3,\n  \"statements\": []\n}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MapReadException error = assertThrows(MapReadException.class, () -> format.read(file, Path.of("future.argumap.json")));
        assertEquals("future.argumap.json:3:14: This map was saved in file format version 3 by a newer Argumap; "
                + "this Argumap reads versions up to 2. Update Argumap to open it.", error.getMessage());
    }
}
