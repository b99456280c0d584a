package org.argumap.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argumap.layout.Rect;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * Draws one statement's box: a card tinted by its role (evidence shaped like a page), the role
 * as an icon and a word, the title in bold, the text, and for evidence its source, then the
 * author.
 *
 * <p>The level of detail follows the zoom, so that a whole map fitted into the window still
 * reads: close up, everything; farther out, where the text would be specks, just the role and the
 * title (or the first words) in a font that stays legible on screen; farther still, the title or
 * first words alone, as many as fit on two lines at a legible size, or grey bars in place of lines
 * where not even a word fits; and at the end plain coloured blocks.
 */
public final class BoxPainter {
    /** From here in, the body text is at least 8 px on screen: draw everything. */
    public static final double FULL_DETAIL_ZOOM = 0.58;
    /** Below this the summary font would have to be too small: draw bars instead. */
    static final double SUMMARY_ZOOM = 0.2;
    public static final double BLOCK_ONLY_ZOOM = 0.1;
    /** On-screen sizes of the summary's headline and label, in pixels. */
    private static final double SUMMARY_HEADLINE_PX = 12;
    private static final double SUMMARY_LABEL_PX = 10;
    /**
     * How far the summary's fonts may shrink on screen so that its words or its label fit whole:
     * 9 px is about the smallest a projected map is still read at; below it, fewer words.
     */
    static final double MIN_SUMMARY_HEADLINE_PX = 9;
    private static final double MIN_SUMMARY_LABEL_PX = 8;
    private static final double HEADLINE_STEP_PX = (SUMMARY_HEADLINE_PX - MIN_SUMMARY_HEADLINE_PX) / 2;
    /**
     * Between the blocks and the summary, the first words alone: at 9 px on screen, or 8 where 9
     * leaves no word whole. Smaller is a texture, not words; there bars say as much, more cheaply.
     */
    static final double GLANCE_PX = 9;
    static final double MIN_GLANCE_PX = 8;
    static final int GLANCE_LINES = 2;
    /** The label at full size may shrink this far before its short form or the icon alone is drawn. */
    private static final double MIN_LABEL_SIZE = 9;
    /** The largest summary font in map units, so that a few words still fit on a line. */
    private static final int MAX_SUMMARY_FONT = 40;
    private static final Ikon SOURCE_ICON = MaterialDesignL.LINK_VARIANT;
    private static final Ikon AUTHOR_ICON = MaterialDesignA.ACCOUNT_OUTLINE;

    private final TextWrapper wrapper;
    private final TextMeasure measure;
    private final Map<HeadlineKey, Headline> headlines = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<HeadlineKey, Headline> eldest) {
            return size() > 20_000;
        }
    };
    /** Labels fitted per label, column and sizes: a handful of roles times a few widths and zooms. */
    private final Map<String, RoleLabel> labels = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RoleLabel> eldest) {
            return size() > 2_000;
        }
    };

    BoxPainter(TextWrapper wrapper) {
        this.wrapper = wrapper;
        this.measure = wrapper.measure();
    }

    /** How a box stands out: selected, under the pointer, lifted by a drag, found by a search. */
    record Look(boolean selected, boolean hovered, boolean lifted, Mark mark) {
        static final Look PLAIN = new Look(false, false, false);

        Look(boolean selected, boolean hovered, boolean lifted) {
            this(selected, hovered, lifted, Mark.NONE);
        }
    }

    /** What a search made of a box: nothing, a match, or the match it stepped to. */
    enum Mark {
        NONE, MATCH, CURRENT;

        static Mark of(boolean match, boolean current) {
            return current ? CURRENT : match ? MATCH : NONE;
        }
    }

    void paint(Surface gc, MapPalette palette, Rect box, MapPalette.Style style, BoxText text, boolean evidence,
               Look look, PixelSnap snap, double zoom) {
        if (zoom < BLOCK_ONLY_ZOOM) {
            block(gc, palette, box, style, look, snap, zoom);
            return;
        }
        Rect card = card(gc, palette, box, style, evidence, look, snap, zoom);
        if (zoom >= FULL_DETAIL_ZOOM) {
            fullText(gc, palette, card, style, text, snap);
        } else if (zoom >= SUMMARY_ZOOM) {
            // The layout's rectangle, not the outline snapped to pixels: what fits must not
            // depend on where a box falls on the pixel grid.
            summary(gc, palette, box, style, text, zoom, snap);
        } else {
            Headline words = glanceOf(text, box, zoom);
            if (words == null) {
                bars(gc, palette, card, text);
            } else {
                headlineLines(gc, palette, words, snap.x(box.x() + BoxStyle.PADDING), box.y() + BoxStyle.PADDING, snap);
            }
        }
    }

    /**
     * Farther out than the summary: the box's title or first words, without the role label, whose
     * colour the box's tint already shows; null where not even the first word fits whole at a
     * legible size. Remembered per words, size and room, as the summary's headlines are.
     */
    Headline glanceOf(BoxText text, Rect box, double zoom) {
        double column = box.width() - 2 * BoxStyle.PADDING;
        double room = box.height() - 2 * BoxStyle.PADDING;
        boolean bold = text.headlineIsTitle();
        HeadlineKey key = new HeadlineKey(true, Math.round(GLANCE_PX / zoom), bold, Math.round(column),
                Math.round(room), text.glance());
        return found(headlines.computeIfAbsent(key, k -> orNone(fitGlance(text.glance(), bold, zoom, column, room))));
    }

    private Headline fitGlance(String words, boolean bold, double zoom, double column, double room) {
        Headline last = null;
        for (double px : new double[] {GLANCE_PX, MIN_GLANCE_PX}) {
            long size = Math.round(px / zoom);
            double lineHeight = size * 1.15;
            int rows = Math.min(GLANCE_LINES, (int) Math.floor(room / lineHeight));
            if (rows < 1) {
                continue;
            }
            FontSpec font = bold ? FontSpec.bold(size) : FontSpec.regular(size);
            List<String> lines = wrapper.wrapWhole(words, font, column, rows);
            if (!lines.isEmpty()) {
                last = new Headline(font, lineHeight, lines);
                if (!lines.get(lines.size() - 1).endsWith("…") || px == MIN_GLANCE_PX) {
                    return last;
                }
            }
        }
        return last;
    }

    /** Far out: one filled rectangle per box, the cheapest thing that still shows the map's shape and roles. */
    private void block(Surface gc, MapPalette palette, Rect box, MapPalette.Style style, Look look, PixelSnap snap,
                       double zoom) {
        if (look.mark() != Mark.NONE) {
            marker(gc, palette, box, look, zoom, 0);
        }
        if (look.selected()) {
            ring(gc, box, palette.selection(), 3, 1.5, zoom, 0);
        }
        Rect r = snap.fill(box);
        gc.setFill(style.block());
        gc.fillRect(r.x(), r.y(), Math.max(r.width(), snap.mapUnits(1)), Math.max(r.height(), snap.mapUnits(1)));
    }

    private Rect card(Surface gc, MapPalette palette, Rect box, MapPalette.Style style, boolean evidence, Look look,
                      PixelSnap snap, double zoom) {
        double arc = 2 * BoxStyle.CORNER;
        if (look.mark() != Mark.NONE) {
            marker(gc, palette, box, look, zoom, arc);
        }
        if (look.selected()) {
            if (look.mark() == Mark.NONE) {
                ring(gc, box, palette.selectionGlow(), 7, 3, zoom, arc);
            }
            ring(gc, box, palette.selection(), 2.5, 1.5, zoom, arc);
        } else if (look.hovered()) {
            ring(gc, box, palette.hover(), 2, 1.5, zoom, arc);
        }
        if (palette.shadow().opacity() > 0) {
            double shadowDrop = look.lifted() ? 8 : 3;
            gc.setFill(look.lifted() ? palette.shadow().fadedBy(2) : palette.shadow());
            gc.fillRoundRect(box.x() + shadowDrop / 2, box.y() + shadowDrop, box.width(), box.height(), arc);
        }

        double line = snap.devicePixels(Math.max(1, Math.min(2.5, 1.6 * zoom)) * palette.lineScale()
                * (look.lifted() ? 1.5 : 1));
        Rect edge = snap.outline(box, line);
        gc.setFill(style.fill());
        gc.setStroke(style.stroke());
        gc.setLineWidth(snap.mapUnits(line));
        if (evidence) {
            page(gc, edge);
            gc.fill();
            gc.stroke();
            fold(gc, edge, style);
        } else {
            gc.fillRoundRect(edge.x(), edge.y(), edge.width(), edge.height(), arc);
            gc.strokeRoundRect(edge.x(), edge.y(), edge.width(), edge.height(), arc);
        }
        return edge;
    }

    /** A ring around the box, a constant width on screen however far out: selection and hover must show. */
    private static void ring(Surface gc, Rect box, Colour colour, double viewWidth, double viewGap, double zoom,
                             double arc) {
        double width = viewWidth / zoom;
        Rect around = box.expanded(viewGap / zoom + width / 2);
        gc.setStroke(colour);
        gc.setLineWidth(width);
        double grown = arc == 0 ? 0 : arc + 2 * (viewGap / zoom + width / 2);
        gc.strokeRoundRect(around.x(), around.y(), around.width(), around.height(), grown);
    }

    /**
     * A search's marker: a band of highlighter yellow with a dark rim, so that it shows on the light
     * background and apart from every role's hue, colour-blind or not; wider for the match stepped
     * to. Outside the selection ring when the box is selected too.
     */
    private static void marker(Surface gc, MapPalette palette, Rect box, Look look, double zoom, double arc) {
        boolean current = look.mark() == Mark.CURRENT;
        double gap = look.selected() ? 4 : 1;
        double band = current ? 7 : 4;
        double rim = current ? 2 : 1.5;
        ring(gc, box, palette.match(), band, gap, zoom, arc);
        ring(gc, box, palette.matchRim(), rim, gap + band, zoom, arc);
    }

    /** Evidence: a page with its top right corner folded down. */
    private static void page(Surface gc, Rect r) {
        double c = Math.min(BoxStyle.CORNER, Math.min(r.width(), r.height()) / 2);
        double fold = Math.min(BoxStyle.FOLD, Math.min(r.width(), r.height()) / 2);
        gc.beginPath();
        gc.moveTo(r.x() + c, r.y());
        gc.lineTo(r.maxX() - fold, r.y());
        gc.lineTo(r.maxX(), r.y() + fold);
        gc.lineTo(r.maxX(), r.maxY() - c);
        gc.quadraticCurveTo(r.maxX(), r.maxY(), r.maxX() - c, r.maxY());
        gc.lineTo(r.x() + c, r.maxY());
        gc.quadraticCurveTo(r.x(), r.maxY(), r.x(), r.maxY() - c);
        gc.lineTo(r.x(), r.y() + c);
        gc.quadraticCurveTo(r.x(), r.y(), r.x() + c, r.y());
        gc.closePath();
    }

    private static void fold(Surface gc, Rect r, MapPalette.Style style) {
        double fold = Math.min(BoxStyle.FOLD, Math.min(r.width(), r.height()) / 2);
        double[] xs = {r.maxX() - fold, r.maxX() - fold, r.maxX()};
        double[] ys = {r.y(), r.y() + fold, r.y() + fold};
        gc.setFill(style.stroke().fadedBy(0.25));
        gc.fillPolygon(xs, ys);
        gc.strokePolygon(xs, ys);
    }

    private void fullText(Surface gc, MapPalette palette, Rect box, MapPalette.Style style, BoxText text,
                          PixelSnap snap) {
        double x = snap.x(text.left(box));
        double y = box.y() + BoxStyle.PADDING;
        RoleLabel label = label(style.label(), text.column(), BoxStyle.LABEL_FONT.size(), MIN_LABEL_SIZE);
        if (label.hasIcon()) {
            icon(gc, style.icon(), label.iconSize(), style.ink(), x, y + BoxStyle.LABEL_LINE / 2 - 0.5, snap);
        }
        if (!label.text().isEmpty()) {
            line(gc, label.text(), label.font(), style.ink(), x + label.iconRoom(), y, BoxStyle.LABEL_LINE, snap);
        }
        y += BoxStyle.LABEL_LINE;
        if (!text.titleLines().isEmpty()) {
            y = lines(gc, palette, text.titleLines(), BoxStyle.TITLE_FONT, x, y + BoxStyle.BLOCK_GAP,
                    BoxStyle.TITLE_LINE, snap);
        }
        if (!text.bodyLines().isEmpty()) {
            y = lines(gc, palette, text.bodyLines(), BoxStyle.BODY_FONT, x, y + BoxStyle.BLOCK_GAP,
                    BoxStyle.BODY_LINE, snap);
        }
        if (!text.source().isEmpty() || !text.author().isEmpty()) {
            y += BoxStyle.BLOCK_GAP;
        }
        if (!text.source().isEmpty()) {
            y = meta(gc, palette, SOURCE_ICON, text.source(), BoxStyle.SOURCE_FONT, x, y, snap);
        }
        if (!text.author().isEmpty()) {
            meta(gc, palette, AUTHOR_ICON, text.author(), BoxStyle.AUTHOR_FONT, x, y, snap);
        }
    }

    private double meta(Surface gc, MapPalette palette, Ikon ikon, String text, FontSpec font, double x, double y,
                        PixelSnap snap) {
        icon(gc, ikon, BoxStyle.META_ICON, palette.mutedText(), x, y + BoxStyle.META_LINE / 2 - 0.5, snap);
        return line(gc, text, font, palette.mutedText(), x + BoxStyle.META_ICON_ROOM, y, BoxStyle.META_LINE, snap);
    }

    /**
     * Far out: the role and the headline, in fonts sized on screen rather than on the map. The
     * box's whole width is the column here, since the headline is wrapped for this zoom anyway.
     */
    private void summary(Surface gc, MapPalette palette, Rect box, MapPalette.Style style, BoxText text,
                         double zoom, PixelSnap snap) {
        Summary summary = summaryOf(style.label(), text, box, zoom);
        double x = snap.x(box.x() + BoxStyle.PADDING);
        double y = box.y() + BoxStyle.PADDING;
        RoleLabel label = summary.label();
        if (label != null) {
            double labelLine = label.font().size() * 1.25;
            if (label.hasIcon()) {
                icon(gc, style.icon(), label.iconSize(), style.ink(), x, y + labelLine / 2, snap);
            }
            if (!label.text().isEmpty()) {
                line(gc, label.text(), label.font(), style.ink(), x + label.iconRoom(), y, labelLine, snap);
            }
            y += labelLine + BoxStyle.BLOCK_GAP;
        }
        if (summary.headline() != null) {
            headlineLines(gc, palette, summary.headline(), x, y, snap);
        }
    }

    private void headlineLines(Surface gc, MapPalette palette, Headline headline, double x, double y, PixelSnap snap) {
        for (String lineText : headline.lines()) {
            y = line(gc, lineText, headline.font(), palette.text(), x, y, headline.lineHeight(), snap);
        }
    }

    /**
     * The least height of a box that far out, at {@code zoom}, still has room for its role label
     * and one line of its headline at the smallest size: boxes are made at least this tall for
     * the zoom a map is usually seen whole at, so no box there is a label alone.
     */
    static double leastSummaryHeight(double zoom) {
        double label = Math.min(MAX_SUMMARY_FONT * 0.65, Math.round(SUMMARY_LABEL_PX / zoom));
        double headline = Math.min(MAX_SUMMARY_FONT, Math.round(MIN_SUMMARY_HEADLINE_PX / zoom));
        return 2 * BoxStyle.PADDING + label * 1.25 + BoxStyle.BLOCK_GAP + headline * 1.2;
    }

    /**
     * What a box far out says: its role label and its headline as fitted. The headline may be null;
     * the label is null where the box has room for its words or its role but not both: then the
     * words, as the box's tint already tells its role.
     */
    record Summary(RoleLabel label, Headline headline) {
    }

    /**
     * What a fitted headline depends on. A record rather than a string joined each frame: the
     * words' hash is kept by the string itself, so a lookup copies nothing.
     */
    private record HeadlineKey(boolean glance, long size, boolean bold, long column, long room, String words) {
    }

    /** The headline of a box far out, wrapped: its font, line height and lines. */
    record Headline(FontSpec font, double lineHeight, List<String> lines) {
    }

    /**
     * Remembered where no word fits, which a map's cache does not keep for null: else every frame
     * far out would wrap the words of each such box again, only to draw its bars.
     */
    private static final Headline NONE = new Headline(FontSpec.regular(1), 0, List.of());

    private static Headline orNone(Headline headline) {
        return headline == null ? NONE : headline;
    }

    private static Headline found(Headline headline) {
        return headline == NONE ? null : headline;
    }

    /** The summary of a box at this zoom, as {@link #paint} draws it. */
    Summary summaryOf(String roleLabel, BoxText text, Rect box, double zoom) {
        double column = box.width() - 2 * BoxStyle.PADDING;
        RoleLabel label = label(roleLabel, column, Math.min(MAX_SUMMARY_FONT * 0.65,
                Math.round(SUMMARY_LABEL_PX / zoom)), Math.round(MIN_SUMMARY_LABEL_PX / zoom));
        double labelLine = label.font().size() * 1.25;
        double room = box.height() - 2 * BoxStyle.PADDING - labelLine - BoxStyle.BLOCK_GAP;
        Headline headline = headline(text.glance(), text.headlineIsTitle(), zoom, column, room);
        if (headline == null) {
            Headline alone = headline(text.glance(), text.headlineIsTitle(), zoom, column,
                    box.height() - 2 * BoxStyle.PADDING);
            if (alone != null) {
                return new Summary(null, alone);
            }
        }
        return new Summary(label, headline);
    }

    private RoleLabel label(String label, double column, double preferred, double least) {
        return labels.computeIfAbsent(label + "|" + Math.round(column) + "|" + preferred + "|" + least,
                k -> RoleLabel.fit(wrapper, label, column, preferred, least));
    }

    /**
     * The headline at the largest size from 12 px on screen down to 9 px at which all of it fits
     * the box in whole words, so a box far out reads "Conditional," rather than "Condition-al,";
     * if none does, at the smallest size, with as many whole words as fit and "…" ("Allies spy…",
     * never "Allies sp…"). Null when not even one word fits. Remembered per headline, size and room.
     */
    private Headline headline(String headline, boolean bold, double zoom, double column, double room) {
        long preferred = Math.round(Math.min(MAX_SUMMARY_FONT, SUMMARY_HEADLINE_PX / zoom));
        HeadlineKey key = new HeadlineKey(false, preferred, bold, Math.round(column), Math.round(room), headline);
        return found(headlines.computeIfAbsent(key,
                k -> orNone(fitHeadline(headline, bold, zoom, column, room, preferred))));
    }

    private Headline fitHeadline(String headline, boolean bold, double zoom, double column, double room,
                                 long preferred) {
        String whole = String.join(" ", headline.strip().split("\\s+"));
        Headline last = null;
        long tried = -1;
        // Three sizes, not a continuum: boxes side by side then differ clearly or not at all.
        for (double px = SUMMARY_HEADLINE_PX; px >= MIN_SUMMARY_HEADLINE_PX - 1e-9; px -= HEADLINE_STEP_PX) {
            long size = Math.min(preferred, Math.round(px / zoom));
            double lineHeight = size * 1.2;
            int rows = (int) Math.floor(room / lineHeight);
            if (size == tried || rows < 1) {
                continue;
            }
            tried = size;
            FontSpec font = bold ? FontSpec.bold(size) : FontSpec.regular(size);
            List<String> lines = wrapper.wrapWhole(headline, font, column, rows);
            if (!lines.isEmpty()) {
                last = new Headline(font, lineHeight, lines);
                if (String.join(" ", lines).equals(whole)) {
                    return last;
                }
            }
        }
        return last;
    }

    /** Roughly as long as the lines would be: enough to show the shape of the text. */
    private void bars(Surface gc, MapPalette palette, Rect box, BoxText text) {
        gc.setFill(palette.greeking());
        double column = text.column();
        double x = text.left(box);
        double y = box.y() + BoxStyle.PADDING + BoxStyle.LABEL_LINE + BoxStyle.BLOCK_GAP;
        for (String line : text.titleLines()) {
            gc.fillRect(x, y + BoxStyle.TITLE_LINE * 0.2, barLength(line, BoxStyle.TITLE_FONT, column),
                    BoxStyle.TITLE_LINE * 0.55);
            y += BoxStyle.TITLE_LINE;
        }
        y += BoxStyle.BLOCK_GAP;
        for (String line : text.bodyLines()) {
            gc.fillRect(x, y + BoxStyle.BODY_LINE * 0.25, barLength(line, BoxStyle.BODY_FONT, column),
                    BoxStyle.BODY_LINE * 0.45);
            y += BoxStyle.BODY_LINE;
        }
    }

    private static double barLength(String line, FontSpec font, double column) {
        return Math.min(column, line.length() * font.size() * 0.5);
    }

    private double lines(Surface gc, MapPalette palette, List<String> lines, FontSpec font, double x, double y,
                         double lineHeight, PixelSnap snap) {
        for (String line : lines) {
            y = line(gc, line, font, palette.text(), x, y, lineHeight, snap);
        }
        return y;
    }

    /** One line whose top is at y; returns where the next line starts. */
    private double line(Surface gc, String line, FontSpec font, Colour colour, double x, double y, double lineHeight,
                        PixelSnap snap) {
        gc.setFill(colour);
        gc.fillText(line, font, x, snap.y(y) + measure.ascent(font));
        return y + lineHeight;
    }

    /** An icon glyph whose left edge is at x, centred on y. */
    private void icon(Surface gc, Ikon ikon, double size, Colour colour, double x, double centreY, PixelSnap snap) {
        FontSpec font = FontSpec.icons(Math.max(1, Math.round(size)));
        gc.setFill(colour);
        gc.fillText(Glyphs.of(ikon), font, x, snap.y(centreY) + (measure.ascent(font) - measure.descent(font)) / 2);
    }
}
