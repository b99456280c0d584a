package org.argumap.ui.canvas;

import java.util.Objects;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.MapLayout;
import org.argumap.layout.Rect;
import org.argumap.layout.LayoutStyle;
import org.argumap.model.ArgumentMap;

/**
 * Draws a map into any graphics context exactly as the canvas does, without a window: for
 * snapshots, exports and benchmarks. One drawing routine serves the screen and everything else,
 * so a picture of the map looks like the screen. FX thread only (text is measured with the
 * toolkit's fonts).
 */
public final class MapRenderer {
    private final ArgumentMap map;
    private final BoxMeasurer measurer = new BoxMeasurer();
    private final RoleStyles styles = new RoleStyles();
    private final MapPainter painter = new MapPainter(measurer, styles);
    private final LaidOutMap laidOut;

    /** The map laid out as the canvas lays it out by default. */
    public MapRenderer(ArgumentMap map) {
        this(map, LayoutStyle.AUTOMATIC.layout());
    }

    public MapRenderer(ArgumentMap map, MapLayout layout) {
        this.map = Objects.requireNonNull(map);
        this.laidOut = new LaidOutMap(map, layout.layout(map, measurer));
    }

    public MapGeometry geometry() {
        return laidOut.geometry();
    }

    /**
     * Paints the part of the map around a centre point at a zoom, into an area of this size, as
     * the canvas would show it.
     *
     * @param scale device pixels per unit of the area (2 for a HiDPI snapshot)
     */
    public void paint(GraphicsContext gc, double width, double height, double zoom, double centreX, double centreY,
                      double scale) {
        Viewport viewport = new Viewport();
        viewport.zoomAt(zoom, 0, 0);
        viewport.centreOn(centreX, centreY, width, height);
        painter.paint(gc, width, height, scale, viewport, map, laidOut, NO_DECORATIONS);
    }

    /** Nothing selected, nothing hovered, nothing collapsed: the map as it is. */
    private static final Decorations NO_DECORATIONS = new Decorations() {
        @Override
        public boolean isSelected(String statementId) {
            return false;
        }

        @Override
        public String hoveredId() {
            return null;
        }

        @Override
        public int hiddenBelow(String statementId) {
            return 0;
        }

        @Override
        public boolean hasBranch(String statementId) {
            return false;
        }

        @Override
        public boolean isToggleHovered(String statementId) {
            return false;
        }

        @Override
        public Set<String> lifted() {
            return Set.of();
        }

        @Override
        public Rect rubberBand() {
            return null;
        }
    };
}
