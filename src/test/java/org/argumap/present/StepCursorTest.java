package org.argumap.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a presentation hides and focuses at each position, from the overview to the end. */
class StepCursorTest {
    private final StepCursor cursor = new StepCursor(List.of(
            new PresentationStep(List.of("claim"), "Open with the question.", true),
            new PresentationStep(List.of("a", "b"), "", true),
            new PresentationStep(List.of("c"), "Last.", false)));

    @Test
    void theOverviewShowsEverythingAndFocusesNothing() {
        assertTrue(cursor.atOverview());
        assertEquals("Overview · 3 steps", cursor.counter());
        for (String id : List.of("claim", "a", "b", "c")) {
            assertFalse(cursor.isHidden(id));
            assertFalse(cursor.isFocused(id));
        }
        assertNull(cursor.current());
        assertEquals("Open with the question.", cursor.upcoming().notes());
    }

    @Test
    void eachStepRevealsItsStatementsFocusedAndHidesLaterOnes() {
        cursor.next();
        cursor.next();
        assertEquals("2 / 3", cursor.counter());
        assertFalse(cursor.isHidden("claim"));
        assertFalse(cursor.isFocused("claim"), "revealed before, no longer focused");
        assertTrue(cursor.isFocused("a") && cursor.isFocused("b"));
        assertTrue(cursor.isHidden("c"));
        assertFalse(cursor.isHidden("added while presenting"));
        assertEquals(3, cursor.revealedAt("c"));
    }

    @Test
    void movesStayBetweenTheOverviewAndTheLastStep() {
        assertFalse(cursor.previous(), "nothing before the overview");
        assertTrue(cursor.moveTo(99));
        assertTrue(cursor.atEnd());
        assertEquals(3, cursor.position());
        assertFalse(cursor.next());
        assertNull(cursor.upcoming());
        assertTrue(cursor.moveTo(0));
        assertTrue(cursor.atOverview());
    }
}
