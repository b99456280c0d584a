package org.argumap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void shortTextIsQuotedWhole() {
        assertEquals("\"Cats purr\"", Excerpt.quote("  Cats\n   purr "));
    }

    @Test
    void longTextIsCutAtAWordBoundary() {
        String text = "The China–Russia partnership is conditional, asymmetric and less durable than its rhetoric suggests.";
        assertEquals("\"The China–Russia partnership is conditional,...\"", Excerpt.quote(text));
    }

    @Test
    void oneVeryLongWordIsCutWhereItMustBe() {
        assertEquals("\"" + "x".repeat(Excerpt.MAX_LENGTH) + "...\"", Excerpt.quote("x".repeat(200)));
    }
}
