package org.argumap.render;

/**
 * The measures of a box, in map units (pixels at 100 %), shared by measuring and drawing so that
 * the text drawn is the text measured.
 */
public final class BoxStyle {
    /**
     * The width of a box whose text fills its lines: a measure of about thirty characters, narrow
     * enough that a map keeps many boxes side by side. Boxes whose words need less are narrower,
     * down to {@link #MIN_WIDTH}; a box whose single words need more is wider, up to
     * {@link #MAX_WIDTH} (decision 12).
     */
    public static final double WIDTH = 220;
    public static final double MIN_WIDTH = 120;
    public static final double MAX_WIDTH = 320;
    /** Widths are whole steps of this, so that the boxes of a row differ visibly or not at all. */
    static final double WIDTH_STEP = 10;
    public static final double PADDING = 11;
    public static final double CORNER = 10;
    /** The text column of a box of the usual {@link #WIDTH}. */
    public static final double TEXT_WIDTH = WIDTH - 2 * PADDING;

    static final FontSpec LABEL_FONT = FontSpec.bold(11);
    public static final double LABEL_LINE = 15;
    /** The role icon before the label, and the room it takes. */
    static final double LABEL_ICON = 13;
    static final double LABEL_ICON_ROOM = LABEL_ICON + 4;
    public static final FontSpec TITLE_FONT = FontSpec.bold(15);
    public static final double TITLE_LINE = 19;
    public static final FontSpec BODY_FONT = FontSpec.regular(14);
    public static final double BODY_LINE = 18;
    /** Source and author lines: smaller, muted, each after a small icon. */
    static final FontSpec SOURCE_FONT = FontSpec.regular(12);
    static final FontSpec AUTHOR_FONT = FontSpec.italic(12);
    static final double META_LINE = 16;
    static final double META_ICON = 12;
    static final double META_ICON_ROOM = META_ICON + 4;
    public static final double BLOCK_GAP = 5;
    /** Evidence boxes have a folded top corner, like a page. */
    static final double FOLD = 14;

    /** Long statements are cut rather than making boxes that fill the screen; the full text is in the editor. */
    static final int MAX_TITLE_LINES = 3;
    static final int MAX_BODY_LINES = 9;

    /**
     * The zoom a box is made wide enough for: there the headline's longest word still fits whole
     * at the smallest size the summary draws it ({@link BoxPainter}). A map of a few dozen boxes
     * fitted into a laptop window with its side panel, such as the demo map, is drawn at about
     * this zoom.
     */
    static final double OVERVIEW_ZOOM = 0.33;

    /** The junction mark of a linked inference is larger: several premises meet there. */
    public static final double JUNCTION_RADIUS = 10;
    public static final double LINKED_JUNCTION_RADIUS = 12;

    private BoxStyle() {
    }
}
