package org.argumap.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the inspector accepts as a source's address, date and tags. */
class SourceValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-05", "2024-05-17", "2024-05-17T09:30:00Z", "2024-05-17T09:30", ""})
    void isoDatesOfAYearAMonthOrADayAreAccepted(String date) {
        assertEquals(Optional.empty(), SourceValues.dateProblem(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "2024-02-30", "May 2024", "2024-13", "yesterday"})
    void otherDatesAreRefusedWithTheFormsToUse(String date) {
        assertTrue(SourceValues.dateProblem(date).orElseThrow().contains("2024-05-17, 2024-05 or 2024"));
    }

    @Test
    void anAddressNeedsItsSchemeAndASite() {
        assertEquals(Optional.empty(), SourceValues.urlProblem("https://example.org/page?q=1"));
        assertEquals(Optional.empty(), SourceValues.urlProblem("doi:10.1000/182"));
        assertEquals(Optional.empty(), SourceValues.urlProblem(""));
        assertEquals("Write the whole address with its scheme, such as https://example.org/page.",
                SourceValues.urlProblem("example.org/page").orElseThrow());
        assertTrue(SourceValues.urlProblem("www.example.org").orElseThrow().contains("https://www.example.org"));
        assertEquals("An address cannot contain spaces.", SourceValues.urlProblem("https://a b").orElseThrow());
        assertTrue(SourceValues.urlProblem("https:/page").isPresent(), "no site");
    }

    @Test
    void onlyWebAndMailAddressesOpenInTheBrowser() {
        assertTrue(SourceValues.opensInBrowser("https://example.org"));
        assertTrue(SourceValues.opensInBrowser("mailto:ada@example.org"));
        assertFalse(SourceValues.opensInBrowser("file:///etc/passwd"), "a map from elsewhere must not open files");
        assertFalse(SourceValues.opensInBrowser("javascript:alert(1)"));
        assertFalse(SourceValues.opensInBrowser("example.org"));
        assertFalse(SourceValues.opensInBrowser(""));
    }

    @Test
    void tagsAreACommaSeparatedLine() {
        assertEquals(List.of("cyber", "history", "two words"), Tags.parse(" #cyber, history,, two words , cyber"));
        assertEquals("cyber, history", Tags.format(List.of("cyber", "history")));
    }

    @Test
    void aTagChangeForSeveralBoxesKeepsTheTagsOnlyOneHas() {
        assertEquals(List.of("own", "new"), Tags.replaceShared(List.of("own", "shared"), List.of("shared"), List.of("new")));
        assertEquals(List.of("own", "shared"), Tags.replaceShared(List.of("own", "shared"), List.of("shared"),
                List.of("shared")));
    }
}
