package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowTitleTest {
    @Test
    void namesTheFileAndMarksUnsavedChangesInFront() {
        assertEquals("map.argumap.json — Argumap", WindowTitle.of("map.argumap.json", false));
        assertEquals("• map.argumap.json — Argumap", WindowTitle.of("map.argumap.json", true));
        assertEquals("Untitled — Argumap", WindowTitle.of(WindowTitle.UNTITLED, false));
    }
}
