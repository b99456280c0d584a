package org.argumap.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WarningPlaceTest {

    @Test
    void splitsTheReadersPlaceFromItsWords() {
        assertEquals(new WarningPlace("Line 1, column 32980", "1 branch continues deeper"),
                WarningPlace.of("line 1, column 32980: 1 branch continues deeper"));
        assertEquals(new WarningPlace("Line 12", "unknown field"), WarningPlace.of("line 12: unknown field"));
        assertEquals(new WarningPlace("", "Left out 4 comments deleted or removed."),
                WarningPlace.of("Left out 4 comments deleted or removed."));
    }
}
