package org.argumap.render;

import java.util.Objects;
import java.util.Set;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.MapLayout;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;

/**
 * A map laid out and ready to be drawn on any {@link Surface}, without a window: for exports,
 * printing, snapshots and benchmarks. It draws through the canvas's own {@link MapPainter}, so a
 * picture of the map looks like the screen. One thread at a time.
 */
public final class MapRenderer {
    /** The room left around the map in a picture of it, in map units. */
    public static final double MARGIN = 24;

    private final ArgumentMap map;
    private final MapPainter painter;
    private final LaidOutMap laidOut;

    /** The map laid out as the canvas lays it out by default, measured without a screen. */
    public MapRenderer(ArgumentMap map, MapPalette palette) {
        this(map, LayoutStyle.AUTOMATIC.layout(), palette);
    }

    public MapRenderer(ArgumentMap map, MapLayout layout, MapPalette palette) {
        this(map, layout, new BoxMeasurer(new AwtTextMeasure()), palette);
    }

    private MapRenderer(ArgumentMap map, MapLayout layout, BoxMeasurer measurer, MapPalette palette) {
        this(map, layout.layout(map, measurer), measurer, palette);
    }

    /** A map already laid out, such as the one on the canvas, measured by {@code measurer}. */
    public MapRenderer(ArgumentMap map, MapGeometry geometry, BoxMeasurer measurer, MapPalette palette) {
        this.map = Objects.requireNonNull(map);
        this.painter = new MapPainter(measurer, new RoleStyles(palette));
        this.laidOut = new LaidOutMap(map, geometry);
    }

    /** Draws which boxes stand after this evaluation of the map, or nothing of it for null (the default). */
    public MapRenderer withEvaluation(Evaluation evaluation) {
        painter.setEvaluation(evaluation);
        return this;
    }

    /** The painter, for tests that listen to what it draws. */
    MapPainter painter() {
        return painter;
    }

    public ArgumentMap map() {
        return map;
    }

    public MapGeometry geometry() {
        return laidOut.geometry();
    }

    public MapPalette palette() {
        return painter.styles().palette();
    }

    /**
     * The part of the map a picture shows, margin included: the boxes of {@code only} and the
     * links between them, or the whole map when {@code only} is empty. Null for an empty map or
     * a choice of nothing that is laid out.
     */
    public Rect area(Set<String> only) {
        if (only.isEmpty()) {
            // The geometry's bounds take in the lines too, which may pass outside the outermost boxes.
            Rect bounds = laidOut.geometry().bounds();
            return bounds == null ? null : bounds.expanded(MARGIN);
        }
        Rect bounds = null;
        for (var entry : laidOut.geometry().rects().entrySet()) {
            if (map.statement(entry.getKey()) != null && only.contains(entry.getKey())) {
                bounds = bounds == null ? entry.getValue() : bounds.union(entry.getValue());
            }
        }
        return bounds == null ? null : bounds.expanded(MARGIN);
    }

    /**
     * Paints {@code area} of the map with its top left corner at the surface's origin.
     *
     * @param zoom       surface units per map unit; below 1 the canvas's levels of detail apply
     * @param scale      device pixels per surface unit, for pixel snapping (1 for vector output)
     * @param background whether to fill the palette's background first (false: transparent)
     */
    public void paint(Surface surface, Rect area, double zoom, double scale, Decorations decorations,
                      boolean background) {
        Viewport viewport = new Viewport();
        viewport.zoomAt(zoom, 0, 0);
        viewport.panBy(-area.x() * zoom, -area.y() * zoom);
        painter.setBackground(background);
        painter.paint(surface, area.width() * zoom, area.height() * zoom, scale, viewport, map, laidOut, decorations,
                MapPainter.ScreenLayer.NONE);
    }

    /**
     * Paints the part of the map around a centre point at a zoom, into an area of this size, as
     * the canvas would show it.
     *
     * @param scale device pixels per unit of the area (2 for a HiDPI snapshot)
     */
    public void paint(Surface surface, double width, double height, double zoom, double centreX, double centreY,
                      double scale) {
        Viewport viewport = new Viewport();
        viewport.zoomAt(zoom, 0, 0);
        viewport.centreOn(centreX, centreY, width, height);
        painter.setBackground(true);
        painter.paint(surface, width, height, scale, viewport, map, laidOut, Decorations.NONE,
                MapPainter.ScreenLayer.NONE);
    }

    /** Decorations that leave out every statement not in {@code only}, for a picture of a selection. */
    public static Decorations only(Set<String> only) {
        if (only.isEmpty()) {
            return Decorations.NONE;
        }
        return new Decorations() {
            @Override
            public boolean isHidden(String statementId) {
                return !only.contains(statementId);
            }

            @Override
            public boolean hidesSome() {
                return true;
            }
        };
    }
}
