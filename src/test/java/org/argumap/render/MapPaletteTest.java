package org.argumap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.argumap.analysis.evaluation.Label;
import org.argumap.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every theme keeps the promise of MapPalette's javadoc: words readable on every box, lines visible on the ground. */
class MapPaletteTest {
    /** WCAG 2 AA: 4.5:1 for text, 3:1 for the lines and shapes that carry meaning. */
    private static final double TEXT = 4.5;
    private static final double GRAPHICS = 3;

    @ParameterizedTest
    @EnumSource(MapTheme.class)
    void roleLabelsAndTextReadOnEveryBox(MapTheme theme) {
        MapPalette palette = theme.palette();
        for (Role role : Role.values()) {
            MapPalette.Style style = palette.of(role);
            assertContrast(style.ink(), style.fill(), TEXT, theme + " " + role + " label");
            assertContrast(palette.text(), style.fill(), TEXT, theme + " " + role + " text");
            assertContrast(palette.mutedText(), style.fill(), TEXT, theme + " " + role + " author line");
        }
    }

    @ParameterizedTest
    @EnumSource(MapTheme.class)
    void linksAndOutlinesStandOutFromTheGround(MapTheme theme) {
        MapPalette palette = theme.palette();
        for (Role role : Role.values()) {
            assertContrast(palette.of(role).stroke(), palette.background(), GRAPHICS, theme + " " + role + " link");
        }
        assertContrast(palette.selection(), palette.background(), GRAPHICS, theme + " selection");
    }

    @ParameterizedTest
    @EnumSource(value = MapTheme.class, names = {"PRINT", "HIGH_CONTRAST"})
    void paperAndHighContrastDashAttacksSoColourIsNotNeeded(MapTheme theme) {
        assertTrue(theme.palette().dashedAttacks());
    }

    @ParameterizedTest
    @EnumSource(MapTheme.class)
    void standingMarksReadOnTheirDiscsAndStandOutFromTheGround(MapTheme theme) {
        MapPalette palette = theme.palette();
        for (Label label : Label.values()) {
            MapPalette.StandingStyle style = palette.standing(label);
            assertContrast(style.sign(), style.disc(), TEXT, theme + " " + label + " sign");
            assertContrast(style.ring(), palette.background(), GRAPHICS, theme + " " + label + " ring");
            // The badge's rim is drawn in the sign's colour: on paper, where the disc is white, the rim shows it.
            Colour outer = style.disc().contrastWith(palette.background()) >= GRAPHICS ? style.disc() : style.sign();
            assertContrast(outer, palette.background(), GRAPHICS, theme + " " + label + " badge");
        }
    }

    private static void assertContrast(Colour front, Colour back, double least, String what) {
        double ratio = front.contrastWith(back);
        assertTrue(ratio >= least, what + ": " + front.hex() + " on " + back.hex() + " is " + String.format("%.2f", ratio)
                + ":1, below " + least + ":1");
    }
}
