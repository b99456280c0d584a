package org.argumap.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argumap.io.MapReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReaderChoiceTest {

    private static List<String> names(Path file, String filter) {
        return ReaderChoice.candidates(file, Optional.ofNullable(filter)).stream().map(MapReader::name).toList();
    }

    @Test
    void aNameWithTheFormatsOwnExtensionDecidesWhateverTheFilter() {
        assertEquals(List.of("reddit"), names(Path.of("ama.reddit.json"), null));
        assertEquals(List.of("reddit"), names(Path.of("ama.reddit.json"), "aif"));
        assertEquals(List.of("argdown"), names(Path.of("Debate.ARGDOWN"), null));
        assertEquals(List.of("argumap"), names(Path.of("x.argumap.json"), "lemmy"));
    }

    @Test
    void forPlainJsonTheFilterDecidesAndWithoutOneEveryJsonReaderIsACandidate() {
        assertEquals(List.of("reddit"), names(Path.of("comments_57dw9a.json"), "reddit"));
        assertEquals(List.of("argumap", "aif", "reddit", "lemmy", "hackernews", "discourse"),
                names(Path.of("comments_57dw9a.json"), null));
    }

    @Test
    void plainTextIsKialosAndUnknownKindsHaveNoReader() {
        assertEquals(List.of("kialo"), names(Path.of("debate.txt"), null));
        assertEquals(List.of(), names(Path.of("slides.pdf"), null));
        assertEquals(List.of(), names(Path.of("README"), null));
        assertFalse(ReaderChoice.importable(Path.of("slides.pdf")));
        assertTrue(ReaderChoice.importable(Path.of("thread.json")));
    }

    @Test
    void whatTheContentShowsIsOfferedFirstAndMakesAnyNameImportable(@TempDir Path dir) throws IOException {
        Path lemmy = Files.copy(Path.of("src/test/resources/thread/cookies-thread.lemmy.json"), dir.resolve("post-4242.json"));
        assertEquals(List.of("lemmy", "argumap", "aif", "reddit", "hackernews", "discourse"), names(lemmy, null));
        assertEquals(List.of("aif"), names(lemmy, "aif"), "a filter the user picked still decides");
        Path bare = Files.copy(lemmy, dir.resolve("post-4242"));
        assertEquals(List.of("lemmy"), names(bare, null));
        assertTrue(ReaderChoice.importable(bare));
        Path kialo = Files.copy(Path.of("src/test/resources/kialo/energy-questions.kialo.txt"), dir.resolve("energy.txt"));
        assertEquals(List.of("kialo"), names(kialo, null));
    }

    @Test
    void aFileInAnotherFormatNamedAtStartUpIsImportedByItsContent(@TempDir Path dir) throws IOException {
        Path lemmy = Files.copy(Path.of("src/test/resources/thread/cookies-thread.lemmy.json"), dir.resolve("post.json"));
        assertTrue(ReaderChoice.namesImportFormat(lemmy));
        Path map = Files.copy(Path.of("src/test/resources/old-versions/judged-v1.argumap.json"), dir.resolve("map.json"));
        assertFalse(ReaderChoice.namesImportFormat(map), "a map saved as plain .json opens as a map");
        assertFalse(ReaderChoice.namesImportFormat(dir.resolve("missing.json")));
    }

    @Test
    void theRefusalNamesTheFileAndWhatCanBeRead() {
        String message = ReaderChoice.unknownFormatMessage(Path.of("/tmp/slides.pdf"));
        assertTrue(message.contains("“slides.pdf”"), message);
        assertTrue(message.contains(".argdown") && message.contains(".reddit.json"), message);
    }

    @Test
    void importedMapsAreNamedWithoutTheSourceExtension() {
        MapReader reddit = ReaderChoice.candidates(Path.of("a.reddit.json"), Optional.empty()).get(0);
        assertEquals("ama", ImportNames.documentName(Path.of("/x/ama.reddit.json"), reddit));
        assertEquals("comments_57dw9a", ImportNames.documentName(Path.of("comments_57dw9a.json"), reddit));
        assertEquals("ama.summary.md", ImportNames.exportName("ama.summary", ".md"));
        assertEquals("demo.argdown", ImportNames.exportName("demo.argumap.json", ".argdown"));
    }
}
