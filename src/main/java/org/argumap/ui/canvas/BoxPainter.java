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

/**
 * Draws one statement's box: a rounded card tinted by its role, the role as a word, the title in
 * bold, the text, the author.
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
    private static final double SUMMARY_ZOOM = 0.2;
    private static final double BLOCK_ONLY_ZOOM = 0.1;
    /** On-screen sizes of the summary's headline and label, in pixels. */
    private static final double SUMMARY_HEADLINE_PX = 13;
    private static final double SUMMARY_LABEL_PX = 10;
    /** The largest summary font in map units, so that a few words still fit on a line. */
    private static final int MAX_SUMMARY_FONT = 40;
    private static final Color SHADOW = Color.rgb(20, 30, 50, 0.10);
    private static final Color GREEKING = Color.rgb(60, 70, 90, 0.30);

    private final TextWrapper wrapper;
    private final Map<Integer, Font> boldFonts = new HashMap<>();
    private final Map<Integer, Font> plainFonts = new HashMap<>();
    private final Map<String, List<String>> headlineLines = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
            return size() > 20_000;
        }
    };

    BoxPainter(TextWrapper wrapper) {
        this.wrapper = wrapper;
    }

    void paint(GraphicsContext gc, Rect box, MapPalette.Style style, BoxText text, boolean emphasised, double zoom) {
        card(gc, box, style, emphasised, zoom);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        if (zoom >= FULL_DETAIL_ZOOM) {
            fullText(gc, box, style, text);
        } else if (zoom >= SUMMARY_ZOOM) {
            summary(gc, box, style, text, zoom);
        } else if (zoom >= BLOCK_ONLY_ZOOM) {
            bars(gc, box, text);
        }
    }

    private void card(GraphicsContext gc, Rect box, MapPalette.Style style, boolean emphasised, double zoom) {
        double arc = 2 * BoxStyle.CORNER;
        gc.setFill(SHADOW);
        gc.fillRoundRect(box.x() + 1.5, box.y() + 3, box.width(), box.height(), arc, arc);
        gc.setFill(style.fill());
        gc.fillRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
        gc.setStroke(style.stroke());
        double line = Math.max(1.8, 1.1 / zoom);
        gc.setLineWidth(emphasised ? 2 * line : line);
        gc.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), arc, arc);
    }

    private void fullText(GraphicsContext gc, Rect box, MapPalette.Style style, BoxText text) {
        double x = box.x() + BoxStyle.PADDING;
        double y = box.y() + BoxStyle.PADDING;
        y = line(gc, style.label(), BoxStyle.LABEL_FONT, style.stroke(), x, y, BoxStyle.LABEL_LINE);
        if (!text.titleLines().isEmpty()) {
            y = lines(gc, text.titleLines(), BoxStyle.TITLE_FONT, x, y + BoxStyle.BLOCK_GAP, BoxStyle.TITLE_LINE);
        }
        if (!text.bodyLines().isEmpty()) {
            y = lines(gc, text.bodyLines(), BoxStyle.BODY_FONT, x, y + BoxStyle.BLOCK_GAP, BoxStyle.BODY_LINE);
        }
        if (!text.author().isEmpty()) {
            line(gc, text.author(), BoxStyle.AUTHOR_FONT, MapPalette.MUTED_TEXT, x, y + BoxStyle.BLOCK_GAP,
                    BoxStyle.AUTHOR_LINE);
        }
    }

    private void summary(GraphicsContext gc, Rect box, MapPalette.Style style, BoxText text, double zoom) {
        int labelSize = (int) Math.min(MAX_SUMMARY_FONT * 0.65, Math.round(SUMMARY_LABEL_PX / zoom));
        int headlineSize = (int) Math.min(MAX_SUMMARY_FONT, Math.round(SUMMARY_HEADLINE_PX / zoom));
        double x = box.x() + BoxStyle.PADDING;
        double y = box.y() + BoxStyle.PADDING;
        Font labelFont = font(boldFonts, labelSize, FontWeight.BOLD);
        y = line(gc, wrapper.fit(style.label(), labelFont, BoxStyle.TEXT_WIDTH), labelFont, style.stroke(),
                x, y, labelSize * 1.25);

        boolean bold = text.headlineIsTitle();
        Font font = bold ? font(boldFonts, headlineSize, FontWeight.BOLD) : font(plainFonts, headlineSize, FontWeight.NORMAL);
        double lineHeight = headlineSize * 1.2;
        int room = (int) Math.floor((box.maxY() - BoxStyle.PADDING - y - BoxStyle.BLOCK_GAP) / lineHeight);
        if (room < 1) {
            return;
        }
        List<String> wrapped = headlineLines.computeIfAbsent(headlineSize + (bold ? "b|" : "|") + text.headline(),
                key -> wrapper.wrap(text.headline(), font, BoxStyle.TEXT_WIDTH, Integer.MAX_VALUE));
        List<String> shown = wrapped.size() <= room ? wrapped : wrapped.subList(0, room);
        y += BoxStyle.BLOCK_GAP;
        for (int i = 0; i < shown.size(); i++) {
            String lineText = shown.get(i);
            if (i == shown.size() - 1 && shown.size() < wrapped.size()) {
                lineText = wrapper.ellipsize(lineText, font, BoxStyle.TEXT_WIDTH);
            }
            y = line(gc, lineText, font, MapPalette.TEXT, x, y, lineHeight);
        }
    }

    /** Roughly as long as the lines would be: enough to show the shape of the text. */
    private void bars(GraphicsContext gc, Rect box, BoxText text) {
        gc.setFill(GREEKING);
        double x = box.x() + BoxStyle.PADDING;
        double y = box.y() + BoxStyle.PADDING + BoxStyle.LABEL_LINE + BoxStyle.BLOCK_GAP;
        for (String line : text.titleLines()) {
            gc.fillRect(x, y + BoxStyle.TITLE_LINE * 0.2, barLength(line, BoxStyle.TITLE_FONT), BoxStyle.TITLE_LINE * 0.55);
            y += BoxStyle.TITLE_LINE;
        }
        y += BoxStyle.BLOCK_GAP;
        for (String line : text.bodyLines()) {
            gc.fillRect(x, y + BoxStyle.BODY_LINE * 0.25, barLength(line, BoxStyle.BODY_FONT), BoxStyle.BODY_LINE * 0.45);
            y += BoxStyle.BODY_LINE;
        }
    }

    private static double barLength(String line, Font font) {
        return Math.min(BoxStyle.TEXT_WIDTH, line.length() * font.getSize() * 0.5);
    }

    private double lines(GraphicsContext gc, List<String> lines, Font font, double x, double y, double lineHeight) {
        for (String line : lines) {
            y = line(gc, line, font, MapPalette.TEXT, x, y, lineHeight);
        }
        return y;
    }

    private static double line(GraphicsContext gc, String line, Font font, Color colour, double x, double y,
                               double lineHeight) {
        gc.setFont(font);
        gc.setFill(colour);
        gc.fillText(line, x, y);
        return y + lineHeight;
    }

    private static Font font(Map<Integer, Font> cache, int size, FontWeight weight) {
        return cache.computeIfAbsent(size, s -> Font.font("System", weight, s));
    }
}
