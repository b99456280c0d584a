package org.argumap.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argumap.io.MapReader;
import org.junit.jupiter.api.Test;

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
        assertEquals(List.of("argumap", "aif", "reddit", "lemmy"), names(Path.of("comments_57dw9a.json"), null));
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
