package org.argumap.io.kialo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Kialo's backslashes before brackets and parentheses go; those that keep Markdown from changing meaning stay. */
class KialoEscapesTest {
    @Test
    void bracketsAndParenthesesLoseTheirBackslashes() {
        assertEquals("clubs (as in Finland) and [1] more", KialoEscapes.undo("clubs \\(as in Finland\\) and \\[1\\] more"));
        assertEquals("no escapes here", KialoEscapes.undo("no escapes here"));
    }

    @Test
    void whatWouldBecomeALinkKeepsItsEscape() {
        assertEquals("[words\\](address)", KialoEscapes.undo("\\[words\\]\\(address\\)"));
        assertEquals("[note\\]: kept", KialoEscapes.undo("\\[note\\]: kept"));
    }

    @Test
    void otherEscapesAndEscapedBackslashesStay() {
        assertEquals("2 \\* 3", KialoEscapes.undo("2 \\* 3"));
        assertEquals("a \\\\(b)", KialoEscapes.undo("a \\\\(b\\)"));
        assertEquals("ends with \\", KialoEscapes.undo("ends with \\"));
    }
}
