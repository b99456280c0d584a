package org.argumap.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argumap.io.MapFormats;
import org.argumap.ui.dialog.ChosenFile;
import org.argumap.ui.dialog.FormatFilter;
import org.junit.jupiter.api.Test;

class FormatFiltersTest {

    @Test
    void importOffersAllSupportedThenOneFilterPerReaderThenAllFiles() {
        List<FormatFilter> filters = FormatFilters.forImport();
        assertEquals(MapFormats.readers().size() + 2, filters.size());
        assertEquals(FormatFilters.ALL_SUPPORTED, filters.get(0).label());
        assertNull(filters.get(0).formatName());
        assertEquals("reddit", filters.get(5).formatName());
        assertEquals(List.of("*.reddit.json", "*.json"), filters.get(5).patterns());
        assertEquals("Reddit thread (JSON) (*.reddit.json, *.json)", filters.get(5).description());
        assertTrue(filters.get(0).patterns().containsAll(List.of("*.argumap.json", "*.argdown", "*.kialo.txt", "*.json")));
        assertEquals(List.of("*"), filters.get(filters.size() - 1).patterns());
    }

    @Test
    void exportOffersOneFilterPerWriterWithItsOwnExtensions() {
        List<FormatFilter> filters = FormatFilters.forExport();
        assertEquals(MapFormats.writers().stream().map(w -> w.name()).toList(),
                filters.stream().map(FormatFilter::formatName).toList());
        FormatFilter outline = filters.get(filters.size() - 1);
        assertEquals(List.of("*.md", "*.outline.md"), outline.patterns());
    }

    @Test
    void anExtensionTypedWinsOverTheFilterAndABareNameGetsTheFilters() {
        ExportTarget typed = ExportTarget.of(new ChosenFile(Path.of("/t/summary.md"), "argdown")).orElseThrow();
        assertEquals("outline", typed.writer().name());
        assertEquals(Path.of("/t/summary.md"), typed.file());

        ExportTarget bare = ExportTarget.of(new ChosenFile(Path.of("/t/summary"), "argdown")).orElseThrow();
        assertEquals("argdown", bare.writer().name());
        assertEquals(Path.of("/t/summary.argdown"), bare.file());

        ExportTarget otherKind = ExportTarget.of(new ChosenFile(Path.of("/t/map.json"), "aif")).orElseThrow();
        assertEquals("aif", otherKind.writer().name());
        assertEquals(Path.of("/t/map.json"), otherKind.file(), "an extension the user typed is kept");

        assertTrue(ExportTarget.of(ChosenFile.of(Path.of("/t/map.json"))).isEmpty());
    }
}
