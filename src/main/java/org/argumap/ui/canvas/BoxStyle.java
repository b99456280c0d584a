package org.argumap.ui.canvas;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * The measures of a box, in map units (pixels at 100 %), shared by measuring and drawing so that
 * the text drawn is the text measured.
 */
final class BoxStyle {
    static final double WIDTH = 220;
    static final double PADDING = 11;
    static final double CORNER = 10;
    static final double TEXT_WIDTH = WIDTH - 2 * PADDING;

    static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 11);
    static final double LABEL_LINE = 15;
    static final Font TITLE_FONT = Font.font("System", FontWeight.BOLD, 15);
    static final double TITLE_LINE = 19;
    static final Font BODY_FONT = Font.font("System", FontWeight.NORMAL, 14);
    static final double BODY_LINE = 18;
    static final Font AUTHOR_FONT = Font.font("System", FontPosture.ITALIC, 12);
    static final double AUTHOR_LINE = 16;
    static final double BLOCK_GAP = 5;

    /** Long statements are cut rather than making boxes that fill the screen; the full text is in the editor. */
    static final int MAX_TITLE_LINES = 3;
    static final int MAX_BODY_LINES = 9;

    /** The junction mark of a linked inference is larger: several premises meet there. */
    static final double JUNCTION_RADIUS = 10;
    static final double LINKED_JUNCTION_RADIUS = 12;

    private BoxStyle() {
    }
}
