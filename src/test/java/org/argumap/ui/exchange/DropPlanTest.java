package org.argumap.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropPlanTest {

    @Test
    void aMapFileOpensAndOtherFormatsImport() {
        assertEquals(new DropPlan.Open(Path.of("a.argumap.json")), DropPlan.of(List.of(Path.of("a.argumap.json"))));
        DropPlan argdown = DropPlan.of(List.of(Path.of("primer.argdown")));
        assertEquals(new DropPlan.Import(Path.of("primer.argdown")), argdown);
        assertEquals("Import primer.argdown as Argdown", argdown.hint());
        assertEquals("Import thread.json", DropPlan.of(List.of(Path.of("thread.json"))).hint(),
                "which of the JSON formats is asked after the drop");
    }

    @Test
    void aThreadSavedUnderAnyNameSaysWhatItWillBeImportedAs(@TempDir Path dir) throws Exception {
        Path saved = Files.copy(Path.of("src/test/resources/thread/cookies-thread.lemmy.json"), dir.resolve("download"));
        DropPlan plan = DropPlan.of(List.of(saved));
        assertInstanceOf(DropPlan.Import.class, plan);
        assertEquals("Import download as Lemmy thread (API JSON)", plan.hint());
        Path json = Files.copy(saved, dir.resolve("post.json"));
        assertEquals("Import post.json as Lemmy thread (API JSON)", DropPlan.of(List.of(json)).hint());
    }

    @Test
    void severalFilesFoldersAndUnknownKindsAreRefusedWithAReason(@TempDir Path folder) {
        DropPlan two = DropPlan.of(List.of(Path.of("a.argdown"), Path.of("b.argdown")));
        assertFalse(two.accepted());
        assertTrue(two.hint().startsWith("Drop one file at a time"), two.hint());

        DropPlan dir = DropPlan.of(List.of(folder));
        assertInstanceOf(DropPlan.Refuse.class, dir);
        assertTrue(dir.hint().contains("is a folder"), dir.hint());

        DropPlan pdf = DropPlan.of(List.of(Path.of("slides.pdf")));
        assertFalse(pdf.accepted());
        assertTrue(pdf.hint().contains("“slides.pdf”"), pdf.hint());
    }
}
