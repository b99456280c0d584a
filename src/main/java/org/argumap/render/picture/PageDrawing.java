package org.argumap.render.picture;

import org.argumap.render.AwtTextMeasure;
import org.argumap.render.Decorations;
import org.argumap.render.DrawableText;
import org.argumap.render.FontSpec;
import org.argumap.render.MapPalette;
import org.argumap.render.MapRenderer;
import org.argumap.render.ScaledSurface;
import org.argumap.render.Surface;
import org.argumap.render.TextMeasure;
import org.argumap.render.TextWrapper;

/**
 * One page of a map on paper, drawn on any surface measured in points from the page's top left
 * corner: the PDF writer's and the printer's. The header carries the map's title, the footer the
 * page's label; between them the page's part of the map, drawn by the canvas's painting code in
 * as much detail as a reader zooming the page up to eight times could see.
 */
public final class PageDrawing {
    static final FontSpec HEADER_FONT = FontSpec.bold(11);
    static final FontSpec LABEL_FONT = FontSpec.regular(8);
    /** How far a reader may zoom into a page and still find every word drawn. */
    static final double MAX_MAGNIFICATION = 8;

    private final TextMeasure measure = new AwtTextMeasure();
    private final TextWrapper wrapper = new TextWrapper(measure);

    /**
     * @param maxDetail the most detail to draw, as a canvas zoom (1 draws every word)
     */
    public void draw(Surface surface, MapRenderer renderer, Decorations decorations, PagePlan.Page page, String header,
                     double maxDetail) {
        MapPalette palette = renderer.palette();
        surface.resetTransform();
        surface.setGlobalAlpha(1);
        surface.setFill(palette.background());
        surface.fillRect(0, 0, page.width(), page.height());
        band(surface, palette, header, HEADER_FONT, page.width(), PagePlan.MARGIN + measure.ascent(HEADER_FONT));
        band(surface, palette, page.label(), LABEL_FONT, page.width(),
                page.height() - PagePlan.MARGIN - measure.descent(LABEL_FONT));

        double detail = Math.min(maxDetail, Math.min(1, page.scale() * MAX_MAGNIFICATION));
        surface.beginClip(page.originX(), page.originY(), page.area().width() * page.scale(),
                page.area().height() * page.scale());
        renderer.paint(new ScaledSurface(surface, page.scale() / detail, page.originX(), page.originY()), page.area(),
                detail, 1, decorations, false);
        surface.resetTransform();
        surface.endClip();
    }

    /** A line of the header or footer, cut with "…" to the page's width. */
    private void band(Surface surface, MapPalette palette, String text, FontSpec font, double width, double baseline) {
        String line = wrapper.fit(DrawableText.oneLine(text).strip(), font, width - 2 * PagePlan.MARGIN);
        if (!line.isEmpty()) {
            surface.setFill(palette.mutedText());
            surface.fillText(line, font, PagePlan.MARGIN, baseline);
        }
    }
}
