package org.argumap.render;

/**
 * The measures of a box, in map units (pixels at 100 %), shared by measuring and drawing so that
 * the text drawn is the text measured.
 */
public final class BoxStyle {
    public static final double WIDTH = 220;
    public static final double PADDING = 11;
    public static final double CORNER = 10;
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
    static final double META_TEXT_WIDTH = TEXT_WIDTH - META_ICON_ROOM;
    public static final double BLOCK_GAP = 5;
    /** Evidence boxes have a folded top corner, like a page. */
    static final double FOLD = 14;

    /** Long statements are cut rather than making boxes that fill the screen; the full text is in the editor. */
    static final int MAX_TITLE_LINES = 3;
    static final int MAX_BODY_LINES = 9;

    /** The junction mark of a linked inference is larger: several premises meet there. */
    public static final double JUNCTION_RADIUS = 10;
    public static final double LINKED_JUNCTION_RADIUS = 12;

    private BoxStyle() {
    }
}
