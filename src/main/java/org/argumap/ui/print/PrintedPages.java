package org.argumap.ui.print;

import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import org.argumap.layout.Rect;
import org.argumap.render.Decorations;
import org.argumap.render.MapRenderer;
import org.argumap.render.ScaledSurface;
import org.argumap.render.picture.PageDrawing;
import org.argumap.render.picture.PagePlan;
import org.argumap.ui.canvas.FxSurface;

/**
 * The pages of a printed map, planned as the PDF export plans them and drawn by the same
 * {@link PageDrawing}: the preview shows them small, the printer gets them at its own size.
 */
final class PrintedPages {
    /** The picture of an empty map. */
    private static final Rect EMPTY_AREA = new Rect(0, 0, 400, 160);

    private final MapRenderer renderer;
    private final List<PagePlan.Page> pages;
    private final String title;
    private final PageDrawing drawing = new PageDrawing();

    /**
     * @throws IllegalArgumentException when tiling would take too many pages (its message says so)
     */
    PrintedPages(MapRenderer renderer, PrintSettings settings, String title) {
        this.renderer = renderer;
        this.title = title;
        Rect area = renderer.area(Set.of());
        Rect shown = area == null ? EMPTY_AREA : area;
        this.pages = settings.tiled() ? PagePlan.tiles(shown, settings.paper())
                : List.of(PagePlan.fit(shown, settings.paper()));
    }

    List<PagePlan.Page> pages() {
        return pages;
    }

    /**
     * Page {@code index} drawn on a canvas of {@code width} × {@code height} pixels, scaled to fit
     * and centred; for the preview, and for the printer's printable area.
     */
    Canvas draw(int index, double width, double height) {
        PagePlan.Page page = pages.get(index);
        double scale = Math.min(width / page.width(), height / page.height());
        Canvas canvas = new Canvas(Math.floor(page.width() * scale), Math.floor(page.height() * scale));
        drawing.draw(new ScaledSurface(new FxSurface(canvas.getGraphicsContext2D()), scale, 0, 0), renderer,
                Decorations.NONE, page, title, 1);
        return canvas;
    }

    /** Whether the page is wider than high: the printer turns the paper for it. */
    boolean isLandscape(int index) {
        return pages.get(index).width() > pages.get(index).height();
    }
}
