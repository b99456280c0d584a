package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A role label is shown whole, shorter, or not at all, but never cut. */
class RoleLabelTest {
    private final TextWrapper wrapper = new TextWrapper(new AwtTextMeasure());

    @Test
    void withRoomTheLabelFollowsItsIconAtThePreferredSize() {
        RoleLabel label = RoleLabel.fit(wrapper, "MAIN CLAIM", 500, 11, 9);
        assertEquals("MAIN CLAIM", label.text());
        assertEquals(11, label.font().size());
        assertTrue(label.hasIcon());
    }

    @Test
    void aTightLabelShrinksThenDropsItsIconThenTakesItsShortFormThenLeavesTheIconAlone() {
        String label = "EVIDENCE · OBJECTION";
        double full = wrapper.width(label, FontSpec.bold(9));
        RoleLabel shrunk = RoleLabel.fit(wrapper, label, full + 9 * 17.0 / 11 + 0.5, 11, 9);
        assertEquals(label, shrunk.text());
        assertEquals(9, shrunk.font().size());

        RoleLabel bare = RoleLabel.fit(wrapper, label, full + 0.5, 11, 9);
        assertEquals(label, bare.text());
        assertFalse(bare.hasIcon());

        RoleLabel shortForm = RoleLabel.fit(wrapper, label, full - 1, 11, 9);
        assertEquals("EVIDENCE", shortForm.text());

        RoleLabel icon = RoleLabel.fit(wrapper, label, 10, 11, 9);
        assertEquals("", icon.text());
        assertTrue(icon.hasIcon());
    }
}
