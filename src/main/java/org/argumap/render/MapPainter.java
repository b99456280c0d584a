package org.argumap.render;

import java.util.List;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * Draws the visible part of a map: links first, boxes over them, collapse badges over the boxes,
 * what the screen adds (the mouse's editing aids, through a {@link ScreenLayer}), then the boxes
 * being dragged. While a search is active, what it leaves out is drawn faint and its matches carry
 * a marker band. Only what touches the visible area is asked for (through the spatial indexes
 * behind the {@link Placement}), so panning a large map costs what is on screen, not what is in
 * the map. The canvas and every export draw through this one routine.
 */
public final class MapPainter {
    private static final FontSpec HINT_FONT = FontSpec.regular(16);
    /**
     * Below this, rows are a few pixels apart and links would be a smear over the blocks: the
     * blocks alone show the map's shape, and the minimap-like view stays cheap.
     */
    public static final double LINKLESS_ZOOM = 0.02;
    /** How far beyond the edges to draw, in view pixels: shadows, rings and badges of boxes just outside. */
    private static final double BLEED = 32;
    /** How strongly boxes and links a search leaves out are drawn: faint, yet still there to read. */
    public static final double DIMMED_ALPHA = 0.28;
    /** How strongly a presentation draws what earlier steps revealed: behind the focused step, still legible. */
    public static final double RECEDED_ALPHA = 0.4;

    /** What only the screen draws, at the two moments it needs: the editing aids. */
    public interface ScreenLayer {
        ScreenLayer NONE = new ScreenLayer() {
        };

        /** In map coordinates, after the resting boxes and before those a drag lifts. */
        default void underLifted(List<String> shown, double zoom) {
        }

        /** In view coordinates, over everything. */
        default void onTop() {
        }
    }

    private final BoxMeasurer measurer;
    private final BoxPainter boxes;
    private final LinkPainter links;
    private final RoleStyles styles;
    private boolean background = true;

    public MapPainter(BoxMeasurer measurer, RoleStyles styles) {
        this.measurer = measurer;
        this.styles = styles;
        this.boxes = new BoxPainter(measurer.wrapper());
        this.links = new LinkPainter(measurer.wrapper().measure());
    }

    /** Whether the palette's background is painted first; off for a PNG with a transparent background. */
    public void setBackground(boolean value) {
        background = value;
    }

    public RoleStyles styles() {
        return styles;
    }

    /**
     * @param scale device pixels per view unit (the window's output scale), for pixel snapping
     */
    public void paint(Surface gc, double width, double height, double scale, Viewport viewport, ArgumentMap map,
                      Placement all, Decorations decorations, ScreenLayer layer) {
        // What a presentation has not revealed yet, or an export leaves out, is simply not there below.
        Placement placement = RevealedPlacement.of(all, map, decorations);
        MapPalette palette = styles.palette();
        gc.resetTransform();
        if (background) {
            gc.setFill(palette.background());
            gc.fillRect(0, 0, width, height);
        }
        if (map.isEmpty()) {
            TextMeasure measure = measurer.wrapper().measure();
            String hint = "This map is empty.";
            gc.setFill(palette.mutedText());
            gc.fillText(hint, HINT_FONT, (width - measure.width(hint, HINT_FONT)) / 2,
                    height / 2 + (measure.ascent(HINT_FONT) - measure.descent(HINT_FONT)) / 2);
            return;
        }
        double zoom = viewport.zoom();
        PixelSnap snap = new PixelSnap(viewport, scale);
        gc.setTransform(zoom, viewport.offsetX(), viewport.offsetY());
        Rect visible = viewport.visibleArea(width, height).expanded(BLEED / zoom);

        if (zoom >= LINKLESS_ZOOM) {
            for (String id : placement.inferencesIn(visible)) {
                Inference inference = map.inference(id);
                if (inference != null) {
                    gc.setGlobalAlpha(isDimmed(inference, decorations) ? DIMMED_ALPHA
                            : isReceded(inference, decorations) ? RECEDED_ALPHA : 1);
                    gc.beginElement("link", id);
                    links.paint(gc, palette, placement, inference, styles.of(map, inference), zoom);
                    gc.endElement();
                }
            }
            gc.setGlobalAlpha(1);
        }
        List<String> shown = placement.statementsIn(visible);
        PixelCoverage coverage = zoom < BoxPainter.BLOCK_ONLY_ZOOM ? new PixelCoverage(width, height) : null;
        for (String id : shown) {
            if (!decorations.lifted().contains(id)
                    && (coverage == null || adds(coverage, placement, id, viewport)
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
        layer.underLifted(shown, zoom);
        for (String id : decorations.lifted()) {
            Rect box = placement.rectOf(id);
            if (box != null && box.intersects(visible)) {
                paintBox(gc, map, placement, id, decorations, snap, zoom, true);
            }
        }
        gc.resetTransform();
        layer.onTop();
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

    private static double alphaOf(String id, Decorations decorations) {
        return decorations.isDimmed(id) ? DIMMED_ALPHA : decorations.isReceded(id) ? RECEDED_ALPHA : 1;
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

    private void paintBox(Surface gc, ArgumentMap map, Placement placement, String id, Decorations decorations,
                          PixelSnap snap, double zoom, boolean lifted) {
        Statement statement = map.statement(id);
        Rect box = statement == null ? null : placement.rectOf(id);
        if (box == null) {
            return;
        }
        BoxPainter.Look look = new BoxPainter.Look(decorations.isSelected(id), id.equals(decorations.hoveredId()),
                lifted, BoxPainter.Mark.of(decorations.isMatch(id), decorations.isCurrentMatch(id)));
        gc.setGlobalAlpha(alphaOf(id, decorations));
        gc.beginElement("box", id);
        boxes.paint(gc, styles.palette(), box, styles.of(map, statement), measurer.textOf(statement),
                statement.kind() == StatementKind.EVIDENCE, look, snap, zoom);
        gc.endElement();
        gc.setGlobalAlpha(1);
    }

    private void paintBadge(Surface gc, ArgumentMap map, Placement placement, String id, Decorations decorations,
                            double zoom) {
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
            BranchBadge.paintCollapsed(gc, measurer.wrapper().measure(), styles.palette(), box, hidden, style, zoom,
                    decorations.isToggleHovered(id));
        } else if (decorations.hasBranch(id)) {
            BranchBadge.paintToggle(gc, styles.palette(), box, style, zoom, decorations.isToggleHovered(id));
        }
        gc.setGlobalAlpha(1);
    }
}
