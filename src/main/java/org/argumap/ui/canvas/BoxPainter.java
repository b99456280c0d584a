package org.argumap.ui.canvas;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
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
 * title (or the first words) in a font that stays legible on screen; farther still, grey bars in
 * place of lines, and at the end plain coloured blocks.
 */
final class BoxPainter {
    /** From here in, the body text is at least 8 px on screen: draw everything. */
    static final double FULL_DETAIL_ZOOM = 0.58;
    /** Below this the summary font would have to be too small: draw bars instead. */
    static final double SUMMARY_ZOOM = 0.2;
    static final double BLOCK_ONLY_ZOOM = 0.1;
    /** On-screen sizes of the summary's headline and label, in pixels. */
    private static final double SUMMARY_HEADLINE_PX = 12;
    private static final double SUMMARY_LABEL_PX = 10;
    /** How far the summary's fonts may shrink on screen so that a word or a label fits whole. */
    private static final double MIN_SUMMARY_HEADLINE_PX = 10;
    private static final double MIN_SUMMARY_LABEL_PX = 8;
    /** The largest summary font in map units, so that a few words still fit on a line. */
    private static final int MAX_SUMMARY_FONT = 40;
    private static final Color SHADOW = Color.rgb(20, 30, 50, 0.10);
    private static final Color GREEKING = Color.rgb(60, 70, 90, 0.30);
    private static final Ikon SOURCE_ICON = MaterialDesignL.LINK_VARIANT;
    private static final Ikon AUTHOR_ICON = MaterialDesignA.ACCOUNT_OUTLINE;

    private final TextWrapper wrapper;
    private final Map<Integer, Font> boldFonts = new HashMap<>();
    private final Map<Integer, Font> plainFonts = new HashMap<>();
    private final Map<String, Headline> headlines = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Headline> eldest) {
            return size() > 20_000;
        }
    };

    BoxPainter(TextWrapper wrapper) {
        this.wrapper = wrapper;
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

    void paint(GraphicsContext gc, Rect box, MapPalette.Style style, BoxText text, boolean evidence, Look look,
               PixelSnap snap, double zoom) {
        if (zoom < BLOCK_ONLY_ZOOM) {
            block(gc, box, style, look, snap, zoom);
            return;
        }
        Rect card = card(gc, box, style, evidence, look, snap, zoom);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        if (zoom >= FULL_DETAIL_ZOOM) {
            fullText(gc, card, style, text, snap);
        } else if (zoom >= SUMMARY_ZOOM) {
            summary(gc, card, style, text, zoom, snap);
        } else {
            bars(gc, card, text);
        }
    }

    /** Far out: one filled rectangle per box, the cheapest thing that still shows the map's shape and roles. */
    private void block(GraphicsContext gc, Rect box, MapPalette.Style style, Look look, PixelSnap snap, double zoom) {
        if (look.mark() != Mark.NONE) {
            marker(gc, box, look, snap, zoom, 0);
        }
        if (look.selected()) {
            ring(gc, box, MapPalette.SELECTION, 3, 1.5, snap, zoom, 0);
        }
        Rect r = snap.fill(box);
        gc.setFill(style.block());
        gc.fillRect(r.x(), r.y(), Math.max(r.width(), snap.mapUnits(1)), Math.max(r.height(), snap.mapUnits(1)));
    }

    private Rect card(GraphicsContext gc, Rect box, MapPalette.Style style, boolean evidence, Look look,
                      PixelSnap snap, double zoom) {
        double arc = 2 * BoxStyle.CORNER;
        if (look.mark() != Mark.NONE) {
            marker(gc, box, look, snap, zoom, arc);
        }
        if (look.selected()) {
            if (look.mark() == Mark.NONE) {
                ring(gc, box, MapPalette.SELECTION_GLOW, 7, 3, snap, zoom, arc);
            }
            ring(gc, box, MapPalette.SELECTION, 2.5, 1.5, snap, zoom, arc);
        } else if (look.hovered()) {
            ring(gc, box, MapPalette.HOVER, 2, 1.5, snap, zoom, arc);
        }
        double shadowDrop = look.lifted() ? 8 : 3;
        gc.setFill(look.lifted() ? SHADOW.deriveColor(0, 1, 1, 2) : SHADOW);
        gc.fillRoundRect(box.x() + shadowDrop / 2, box.y() + shadowDrop, box.width(), box.height(), arc, arc);

        double line = snap.devicePixels(Math.max(1, Math.min(2.5, 1.6 * zoom)) * (look.lifted() ? 1.5 : 1));
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
            gc.fillRoundRect(edge.x(), edge.y(), edge.width(), edge.height(), arc, arc);
            gc.strokeRoundRect(edge.x(), edge.y(), edge.width(), edge.height(), arc, arc);
        }
        return edge;
    }

    /** A ring around the box, a constant width on screen however far out: selection and hover must show. */
    private static void ring(GraphicsContext gc, Rect box, Color colour, double viewWidth, double viewGap,
                             PixelSnap snap, double zoom, double arc) {
        double width = viewWidth / zoom;
        Rect around = box.expanded(viewGap / zoom + width / 2);
        gc.setStroke(colour);
        gc.setLineWidth(width);
        double grown = arc == 0 ? 0 : arc + 2 * (viewGap / zoom + width / 2);
        gc.strokeRoundRect(around.x(), around.y(), around.width(), around.height(), grown, grown);
    }

    /**
     * A search's marker: a band of highlighter yellow with a dark rim, so that it shows on the light
     * background and apart from every role's hue, colour-blind or not; wider for the match stepped
     * to. Outside the selection ring when the box is selected too.
     */
    private static void marker(GraphicsContext gc, Rect box, Look look, PixelSnap snap, double zoom, double arc) {
        boolean current = look.mark() == Mark.CURRENT;
        double gap = look.selected() ? 4 : 1;
        double band = current ? 7 : 4;
        double rim = current ? 2 : 1.5;
        ring(gc, box, MapPalette.MATCH, band, gap, snap, zoom, arc);
        ring(gc, box, MapPalette.MATCH_RIM, rim, gap + band, snap, zoom, arc);
    }

    /** Evidence: a page with its top right corner folded down. */
    private static void page(GraphicsContext gc, Rect r) {
        double c = BoxStyle.CORNER;
        double fold = Math.min(BoxStyle.FOLD, Math.min(r.width(), r.height()) / 2);
        gc.beginPath();
        gc.moveTo(r.x() + c, r.y());
        gc.lineTo(r.maxX() - fold, r.y());
        gc.lineTo(r.maxX(), r.y() + fold);
        gc.arcTo(r.maxX(), r.maxY(), r.x(), r.maxY(), c);
        gc.arcTo(r.x(), r.maxY(), r.x(), r.y(), c);
        gc.arcTo(r.x(), r.y(), r.maxX(), r.y(), c);
        gc.closePath();
    }

    private static void fold(GraphicsContext gc, Rect r, MapPalette.Style style) {
        double fold = Math.min(BoxStyle.FOLD, Math.min(r.width(), r.height()) / 2);
        double[] xs = {r.maxX() - fold, r.maxX() - fold, r.maxX()};
        double[] ys = {r.y(), r.y() + fold, r.y() + fold};
        gc.setFill(style.stroke().deriveColor(0, 1, 1, 0.25));
        gc.fillPolygon(xs, ys, 3);
        gc.strokePolygon(xs, ys, 3);
    }

    private void fullText(GraphicsContext gc, Rect box, MapPalette.Style style, BoxText text, PixelSnap snap) {
        double x = snap.x(box.x() + BoxStyle.PADDING);
        double y = box.y() + BoxStyle.PADDING;
        icon(gc, style.icon(), BoxStyle.LABEL_ICON, style.ink(), x, y + BoxStyle.LABEL_LINE / 2 - 0.5, snap);
        y = line(gc, style.label(), BoxStyle.LABEL_FONT, style.ink(), x + BoxStyle.LABEL_ICON_ROOM, y,
                BoxStyle.LABEL_LINE, snap);
        if (!text.titleLines().isEmpty()) {
            y = lines(gc, text.titleLines(), BoxStyle.TITLE_FONT, x, y + BoxStyle.BLOCK_GAP, BoxStyle.TITLE_LINE, snap);
        }
        if (!text.bodyLines().isEmpty()) {
            y = lines(gc, text.bodyLines(), BoxStyle.BODY_FONT, x, y + BoxStyle.BLOCK_GAP, BoxStyle.BODY_LINE, snap);
        }
        if (!text.source().isEmpty() || !text.author().isEmpty()) {
            y += BoxStyle.BLOCK_GAP;
        }
        if (!text.source().isEmpty()) {
            y = meta(gc, SOURCE_ICON, text.source(), BoxStyle.SOURCE_FONT, x, y, snap);
        }
        if (!text.author().isEmpty()) {
            meta(gc, AUTHOR_ICON, text.author(), BoxStyle.AUTHOR_FONT, x, y, snap);
        }
    }

    private double meta(GraphicsContext gc, Ikon ikon, String text, Font font, double x, double y, PixelSnap snap) {
        icon(gc, ikon, BoxStyle.META_ICON, MapPalette.MUTED_TEXT, x, y + BoxStyle.META_LINE / 2 - 0.5, snap);
        return line(gc, text, font, MapPalette.MUTED_TEXT, x + BoxStyle.META_ICON_ROOM, y, BoxStyle.META_LINE, snap);
    }

    private void summary(GraphicsContext gc, Rect box, MapPalette.Style style, BoxText text, double zoom,
                         PixelSnap snap) {
        double x = snap.x(box.x() + BoxStyle.PADDING);
        double y = box.y() + BoxStyle.PADDING;
        int labelSize = labelSize(style.label(), zoom);
        Font labelFont = font(boldFonts, labelSize, FontWeight.BOLD);
        double labelLine = labelSize * 1.25;
        double iconSize = labelSize * 1.2;
        double iconRoom = iconSize + labelSize * 0.35;
        icon(gc, style.icon(), iconSize, style.ink(), x, y + labelLine / 2, snap);
        y = line(gc, wrapper.fit(style.label(), labelFont, BoxStyle.TEXT_WIDTH - iconRoom), labelFont, style.ink(),
                x + iconRoom, y, labelLine, snap);

        boolean bold = text.headlineIsTitle();
        double room = box.maxY() - BoxStyle.PADDING - y - BoxStyle.BLOCK_GAP;
        Headline headline = headline(text.headline(), bold, zoom, room);
        if (headline == null) {
            return;
        }
        y += BoxStyle.BLOCK_GAP;
        for (String lineText : headline.lines()) {
            y = line(gc, lineText, headline.font(), MapPalette.TEXT, x, y, headline.lineHeight(), snap);
        }
    }

    /** The headline of a box far out, wrapped: its font, line height and lines. */
    private record Headline(Font font, double lineHeight, List<String> lines) {
    }

    /**
     * The headline at the largest size from 12 px on screen down to 10 px at which every word fits
     * a line whole and all lines fit the box, so a box far out reads "Conditional," rather than
     * "Condition-al,", and "Allies spy / too" rather than "Allies sp…"; if none does, the smallest
     * size, cut with "…". Null when not even one line fits. Remembered per headline, size and room.
     */
    private Headline headline(String headline, boolean bold, double zoom, double room) {
        int preferred = (int) Math.min(MAX_SUMMARY_FONT, Math.round(SUMMARY_HEADLINE_PX / zoom));
        String key = preferred + (bold ? "b|" : "|") + Math.round(room) + "|" + headline;
        return headlines.computeIfAbsent(key, k -> fitHeadline(headline, bold, zoom, room, preferred));
    }

    private Headline fitHeadline(String headline, boolean bold, double zoom, double room, int preferred) {
        Headline last = null;
        for (double px = SUMMARY_HEADLINE_PX; px >= MIN_SUMMARY_HEADLINE_PX; px--) {
            int size = (int) Math.min(preferred, Math.round(px / zoom));
            Font font = bold ? font(boldFonts, size, FontWeight.BOLD) : font(plainFonts, size, FontWeight.NORMAL);
            double lineHeight = size * 1.2;
            int rows = (int) Math.floor(room / lineHeight);
            if (rows < 1) {
                continue;
            }
            List<String> lines = wrapper.wrap(headline, font, BoxStyle.TEXT_WIDTH, Integer.MAX_VALUE);
            last = new Headline(font, lineHeight, lines.size() <= rows ? lines
                    : wrapper.wrap(headline, font, BoxStyle.TEXT_WIDTH, rows));
            if (lines.size() <= rows && longestWord(headline, font) <= BoxStyle.TEXT_WIDTH) {
                return last;
            }
        }
        return last;
    }

    private double longestWord(String text, Font font) {
        double longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, wrapper.width(word, font));
        }
        return longest;
    }

    /** The role label's size: 10 px on screen, less (down to 8 px) where a long label would be cut. */
    private int labelSize(String label, double zoom) {
        int size = (int) Math.min(MAX_SUMMARY_FONT * 0.65, Math.round(SUMMARY_LABEL_PX / zoom));
        int least = (int) Math.round(MIN_SUMMARY_LABEL_PX / zoom);
        double room = BoxStyle.TEXT_WIDTH - size * 1.55;
        double width = wrapper.width(label, font(boldFonts, size, FontWeight.BOLD));
        return width <= room ? size : Math.max(least, (int) Math.floor(size * room / width));
    }

    /** Roughly as long as the lines would be: enough to show the shape of the text. */
    private void bars(GraphicsContext gc, Rect box, BoxText text) {
        gc.setFill(GREEKING);
        double x = box.x() + BoxStyle.PADDING;
        double y = box.y() + BoxStyle.PADDING + BoxStyle.LABEL_LINE + BoxStyle.BLOCK_GAP;
        for (String line : text.titleLines()) {
            gc.fillRect(x, y + BoxStyle.TITLE_LINE * 0.2, barLength(line, BoxStyle.TITLE_FONT),
                    BoxStyle.TITLE_LINE * 0.55);
            y += BoxStyle.TITLE_LINE;
        }
        y += BoxStyle.BLOCK_GAP;
        for (String line : text.bodyLines()) {
            gc.fillRect(x, y + BoxStyle.BODY_LINE * 0.25, barLength(line, BoxStyle.BODY_FONT),
                    BoxStyle.BODY_LINE * 0.45);
            y += BoxStyle.BODY_LINE;
        }
    }

    private static double barLength(String line, Font font) {
        return Math.min(BoxStyle.TEXT_WIDTH, line.length() * font.getSize() * 0.5);
    }

    private double lines(GraphicsContext gc, List<String> lines, Font font, double x, double y, double lineHeight,
                         PixelSnap snap) {
        for (String line : lines) {
            y = line(gc, line, font, MapPalette.TEXT, x, y, lineHeight, snap);
        }
        return y;
    }

    private static double line(GraphicsContext gc, String line, Font font, Color colour, double x, double y,
                               double lineHeight, PixelSnap snap) {
        gc.setFont(font);
        gc.setFill(colour);
        gc.fillText(line, x, snap.y(y));
        return y + lineHeight;
    }

    /** An icon glyph whose left edge is at x, centred on y. */
    private static void icon(GraphicsContext gc, Ikon ikon, double size, Color colour, double x, double centreY,
                             PixelSnap snap) {
        Font font = IconGlyphs.font(size);
        if (font == null) {
            return;
        }
        gc.setFont(font);
        gc.setFill(colour);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(IconGlyphs.glyph(ikon), x, snap.y(centreY));
        gc.setTextBaseline(VPos.TOP);
    }

    private static Font font(Map<Integer, Font> cache, int size, FontWeight weight) {
        return cache.computeIfAbsent(size, s -> Font.font("System", weight, s));
    }
}
