package org.argumap.ui.evaluation;

import org.argumap.analysis.evaluation.Label;
import org.argumap.render.MapPalette;

/** The overlay's marks as text, for the outline and the inspector: the canvas's sign and colours. */
final class StandingWords {
    private StandingWords() {
    }

    static String sign(Label label) {
        return switch (label) {
            case IN -> "✓";
            case OUT -> "✗";
            case UNDECIDED -> "?";
        };
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The sign's colours in the light palette; the strip sits on the panel's ground, light or dark alike. */
    static String fxColours(Label label) {
        MapPalette.StandingStyle style = MapPalette.LIGHT.standing(label);
        return "-fx-text-fill: " + style.sign().hex() + "; -fx-background-color: " + style.disc().hex() + ";";
    }
}
