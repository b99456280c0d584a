package org.argumap.ui.canvas;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * Draws the visible part of a map: links first, boxes over them, collapse badges over the boxes,
 * the mouse's editing aids (handles, what a drop would reach: {@link OverlayPainter}), the boxes
 * being dragged, then the rubber band, the snapping guides and a connection's rubber line. While a
 * search is active, what it leaves out is drawn faint and its matches carry a marker band. Only
 * what touches the visible area is asked for (through the spatial indexes behind the
 * {@link Placement}), so panning a large map costs what is on screen, not what is in the map.
 */
final class MapPainter {
    private static final Font HINT_FONT = Font.font("System", 16);
    private static final Color BAND_FILL = Color.web("#1f5fd6", 0.08);
    /**
     * Below this, rows are a few pixels apart and links would be a smear over the blocks: the
     * blocks alone show the map's shape, and the minimap-like view stays cheap.
     */
    static final double LINKLESS_ZOOM = 0.02;
    /** How far beyond the edges to draw, in view pixels: shadows, rings and badges of boxes just outside. */
    private static final double BLEED = 32;
    /** How strongly boxes and links a search leaves out are drawn: faint, yet still there to read. */
    static final double DIMMED_ALPHA = 0.28;
    /** How strongly a presentation draws what earlier steps revealed: behind the focused step, still legible. */
    static final double RECEDED_ALPHA = 0.4;

    private final BoxMeasurer measurer;
    private final BoxPainter boxes;
    private final LinkPainter links = new LinkPainter();
    private final OverlayPainter overlays = new OverlayPainter();
    private final RoleStyles styles;

    MapPainter(BoxMeasurer measurer, RoleStyles styles) {
        this.measurer = measurer;
        this.styles = styles;
        this.boxes = new BoxPainter(measurer.wrapper());
    }

    /**
     * @param scale device pixels per view unit (the window's output scale), for pixel snapping
     */
    void paint(GraphicsContext gc, double width, double height, double scale, Viewport viewport, ArgumentMap map,
               Placement all, Decorations decorations) {
        // What a presentation has not revealed yet is simply not there for the painters below.
        Placement placement = RevealedPlacement.of(all, map, decorations);
        gc.setTransform(new Affine());
        gc.setFill(MapPalette.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        if (map.isEmpty()) {
            gc.setFill(MapPalette.MUTED_TEXT);
            gc.setFont(HINT_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("This map is empty.", width / 2, height / 2);
            return;
        }
        double zoom = viewport.zoom();
        PixelSnap snap = new PixelSnap(viewport, scale);
        gc.setTransform(zoom, 0, 0, zoom, viewport.offsetX(), viewport.offsetY());
        Rect visible = viewport.visibleArea(width, height).expanded(BLEED / zoom);

        if (zoom >= LINKLESS_ZOOM) {
            for (String id : placement.inferencesIn(visible)) {
                Inference inference = map.inference(id);
                if (inference != null) {
                    gc.setGlobalAlpha(isDimmed(inference, decorations) ? DIMMED_ALPHA
                            : isReceded(inference, decorations) ? RECEDED_ALPHA : 1);
                    links.paint(gc, placement, inference, styles.of(map, inference), zoom);
                }
            }
            gc.setGlobalAlpha(1);
        }
        List<String> shown = placement.statementsIn(visible);
        PixelCoverage coverage = zoom < BoxPainter.BLOCK_ONLY_ZOOM ? new PixelCoverage(width, height) : null;
        for (String id : shown) {
            if (!decorations.lifted().contains(id) && (coverage == null || adds(coverage, placement, id, viewport)
                    || decorations.isSelected(id) || decorations.isMatch(id))) {
                paintBox(gc, map, placement, id, decorations, snap, zoom, false);
            }
        }
        if (zoom >= BoxPainter.BLOCK_ONLY_ZOOM) {
            for (String id : shown) {
                if (!decorations.lifted().contains(id)) {
                    paintBadge(gc, map, placement, id, decorations, zoom);
                }
            }
        }
        overlays.paintUnderLifted(gc, map, placement, decorations, shown, styles, zoom);
        for (String id : decorations.lifted()) {
            Rect box = placement.rectOf(id);
            if (box != null && box.intersects(visible)) {
                paintBox(gc, map, placement, id, decorations, snap, zoom, true);
            }
        }
        gc.setTransform(new Affine());
        paintRubberBand(gc, decorations.rubberBand(), scale);
        overlays.paintOnTop(gc, viewport, placement, decorations, scale);
    }

    /** A link is faint when a search leaves out every premise it comes from: it belongs to them. */
    private static boolean isDimmed(Inference inference, Decorations decorations) {
        for (Statement premise : inference.premises()) {
            if (!decorations.isDimmed(premise.id())) {
                return false;
            }
        }
        return true;
    }

    /** A link recedes with the premises it comes from, as it dims with them. */
    private static boolean isReceded(Inference inference, Decorations decorations) {
        for (Statement premise : inference.premises()) {
            if (!decorations.isReceded(premise.id()) && !decorations.isHidden(premise.id())) {
                return false;
            }
        }
        return !inference.premises().isEmpty();
    }

    private static boolean adds(PixelCoverage coverage, Placement placement, String id, Viewport viewport) {
        Rect box = placement.rectOf(id);
        if (box == null) {
            return false;
        }
        double zoom = viewport.zoom();
        return coverage.adds(viewport.toViewX(box.x()), viewport.toViewY(box.y()), box.width() * zoom,
                box.height() * zoom);
    }

    private void paintBox(GraphicsContext gc, ArgumentMap map, Placement placement, String id, Decorations decorations,
                          PixelSnap snap, double zoom, boolean lifted) {
        Statement statement = map.statement(id);
        Rect box = statement == null ? null : placement.rectOf(id);
        if (box == null) {
            return;
        }
        BoxPainter.Look look = new BoxPainter.Look(decorations.isSelected(id), id.equals(decorations.hoveredId()),
                lifted, BoxPainter.Mark.of(decorations.isMatch(id), decorations.isCurrentMatch(id)));
        gc.setGlobalAlpha(alphaOf(id, decorations));
        boxes.paint(gc, box, styles.of(map, statement), measurer.textOf(statement),
                statement.kind() == StatementKind.EVIDENCE, look, snap, zoom);
        gc.setGlobalAlpha(1);
    }

    private void paintBadge(GraphicsContext gc, ArgumentMap map, Placement placement, String id,
                            Decorations decorations, double zoom) {
        int hidden = decorations.hiddenBelow(id);
        boolean pointed = id.equals(decorations.hoveredId());
        if (hidden == 0 && !pointed && !decorations.isSelected(id)) {
            return;
        }
        Statement statement = map.statement(id);
        Rect box = statement == null ? null : placement.rectOf(id);
        if (box == null) {
            return;
        }
        MapPalette.Style style = styles.of(map, statement);
        gc.setGlobalAlpha(alphaOf(id, decorations));
        if (hidden > 0) {
            BranchBadge.paintCollapsed(gc, box, hidden, style, zoom, decorations.isToggleHovered(id));
        } else if (decorations.hasBranch(id)) {
            BranchBadge.paintToggle(gc, box, style, zoom, decorations.isToggleHovered(id));
        }
        gc.setGlobalAlpha(1);
    }

    private static double alphaOf(String id, Decorations decorations) {
        return decorations.isDimmed(id) ? DIMMED_ALPHA : decorations.isReceded(id) ? RECEDED_ALPHA : 1;
    }

    private static void paintRubberBand(GraphicsContext gc, Rect band, double scale) {
        if (band == null) {
            return;
        }
        double half = 0.5 / scale;
        double x = Math.round(band.x() * scale) / scale + half;
        double y = Math.round(band.y() * scale) / scale + half;
        double w = Math.round(band.width() * scale) / scale;
        double h = Math.round(band.height() * scale) / scale;
        gc.setFill(BAND_FILL);
        gc.fillRect(x, y, w, h);
        gc.setStroke(MapPalette.SELECTION);
        gc.setLineWidth(1 / scale);
        gc.setLineDashes(4, 3);
        gc.strokeRect(x, y, w, h);
        gc.setLineDashes((double[]) null);
    }
}
