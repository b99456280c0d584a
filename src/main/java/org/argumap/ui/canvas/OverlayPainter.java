package org.argumap.ui.canvas;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.argumap.layout.Point;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.render.BoxStyle;
import org.argumap.render.MapPalette;
import org.argumap.render.Placement;
import org.argumap.render.RoleStyles;
import org.argumap.render.Viewport;

/**
 * Draws the mouse's editing aids over the map (see {@link EditOverlay}): connect handles on the
 * hovered and selected boxes, the ring around what a connection or a drop would reach, the
 * frame of a group of co-premises a drop would join, the snapping guides and the rubber line of
 * a connection. What may happen is drawn in the selection blue; what is refused in red, dashed,
 * with a no-entry sign at the pointer, so it does not rest on colour alone.
 */
final class OverlayPainter {
    private static final Color GUIDE = Color.web("#e0307f");
    private static final Color REFUSED = Color.web("#c8321e");
    private static final Color REFUSED_FILL = Color.web("#c8321e", 0.06);
    /** How far guides run past the boxes they join, on screen. */
    private static final double GUIDE_OVERHANG_PX = 10;
    /** How far rings and frames stand off what they surround, on screen. */
    private static final double RING_GAP_PX = 5;

    /**
     * In map coordinates, after the resting boxes and before those a drag lifts: group frame,
     * target ring and handles.
     *
     * @param shown the statements in view, in drawing order
     */
    void paintUnderLifted(GraphicsContext gc, ArgumentMap map, Placement placement, ViewDecorations decorations,
                          List<String> shown, RoleStyles styles, double zoom) {
        Color selection = FxColours.of(styles.palette().selection());
        EditOverlay overlay = decorations.overlay();
        if (overlay == null) {
            return;
        }
        if (overlay.group() != null && map.inference(overlay.group()) != null) {
            paintGroup(gc, DropTargets.groupFrame(placement, map.inference(overlay.group())), overlay.groupAllowed(),
                    selection, zoom);
        }
        if (overlay.connectTarget() != null) {
            paintTarget(gc, map, placement, overlay.connectTarget(), overlay.connectAllowed(), selection, zoom);
        }
        if (!ConnectHandle.shownAt(zoom)) {
            return;
        }
        if (overlay.connectFrom() != null) {
            paintHandle(gc, map, placement, overlay.connectFrom(), styles, zoom, true);
        } else if (decorations.lifted().isEmpty()) {
            for (String id : shown) {
                if (id.equals(decorations.hoveredId()) || decorations.isSelected(id)) {
                    paintHandle(gc, map, placement, id, styles, zoom, id.equals(overlay.handleHovered()));
                }
            }
        }
    }

    /** In view coordinates, over everything: the rubber band, the guides and the rubber line. */
    void paintOnTop(GraphicsContext gc, Viewport viewport, Placement placement, ViewDecorations decorations,
                    MapPalette palette, double scale) {
        paintRubberBand(gc, decorations.rubberBand(), FxColours.of(palette.selection()), scale);
        EditOverlay overlay = decorations.overlay();
        if (overlay == null) {
            return;
        }
        paintGuides(gc, viewport, overlay.guides(), scale);
        if (overlay.connectFrom() != null && overlay.pointer() != null) {
            Rect from = placement.rectOf(overlay.connectFrom());
            if (from != null) {
                paintRubberLine(gc, palette, viewport.toViewX(from.centreX()), viewport.toViewY(from.y()),
                        overlay.pointer(), overlay.connectTarget() == null ? null : overlay.connectAllowed());
            }
        }
    }

    private static void paintRubberBand(GraphicsContext gc, Rect band, Color selection, double scale) {
        if (band == null) {
            return;
        }
        double half = 0.5 / scale;
        double x = Math.round(band.x() * scale) / scale + half;
        double y = Math.round(band.y() * scale) / scale + half;
        double w = Math.round(band.width() * scale) / scale;
        double h = Math.round(band.height() * scale) / scale;
        gc.setFill(selection.deriveColor(0, 1, 1, 0.08));
        gc.fillRect(x, y, w, h);
        gc.setStroke(selection);
        gc.setLineWidth(1 / scale);
        gc.setLineDashes(4, 3);
        gc.strokeRect(x, y, w, h);
        gc.setLineDashes((double[]) null);
    }

    private static void paintGroup(GraphicsContext gc, Rect frame, boolean allowed, Color selection, double zoom) {
        if (frame == null) {
            return;
        }
        Rect area = frame.expanded(2 * RING_GAP_PX / zoom);
        double arc = 2 * BoxStyle.CORNER + 4 * RING_GAP_PX / zoom;
        gc.setFill(allowed ? selection.deriveColor(0, 1, 1, 0.10) : REFUSED_FILL);
        gc.fillRoundRect(area.x(), area.y(), area.width(), area.height(), arc, arc);
        stroke(gc, allowed, selection, zoom);
        gc.strokeRoundRect(area.x(), area.y(), area.width(), area.height(), arc, arc);
        gc.setLineDashes((double[]) null);
    }

    private static void paintTarget(GraphicsContext gc, ArgumentMap map, Placement placement, String id,
                                    boolean allowed, Color selection, double zoom) {
        Rect rect = placement.rectOf(id);
        if (rect == null) {
            return;
        }
        double gap = RING_GAP_PX / zoom;
        stroke(gc, allowed, selection, zoom);
        if (map.node(id) instanceof Inference) {
            double radius = rect.width() / 2 + gap;
            gc.strokeOval(rect.centreX() - radius, rect.centreY() - radius, 2 * radius, 2 * radius);
        } else {
            Rect ring = rect.expanded(gap);
            double arc = 2 * (BoxStyle.CORNER + gap);
            gc.strokeRoundRect(ring.x(), ring.y(), ring.width(), ring.height(), arc, arc);
        }
        gc.setLineDashes((double[]) null);
    }

    private static void stroke(GraphicsContext gc, boolean allowed, Color selection, double zoom) {
        gc.setStroke(allowed ? selection : REFUSED);
        gc.setLineWidth(2.5 / zoom);
        gc.setLineDashes(allowed ? null : new double[] {6 / zoom, 4 / zoom});
    }

    private static void paintHandle(GraphicsContext gc, ArgumentMap map, Placement placement, String id,
                                    RoleStyles styles, double zoom, boolean active) {
        Statement statement = map.statement(id);
        Rect box = statement == null ? null : placement.rectOf(id);
        if (box == null) {
            return;
        }
        MapPalette.Style style = styles.of(map, statement);
        Rect disc = ConnectHandle.rectOf(box, zoom);
        Color stroke = FxColours.of(style.stroke());
        gc.setFill(active ? stroke : FxColours.of(styles.palette().markFill()));
        gc.fillOval(disc.x(), disc.y(), disc.width(), disc.height());
        gc.setStroke(stroke);
        gc.setLineWidth(Math.max(1.5, 1.5 / zoom));
        gc.setLineDashes((double[]) null);
        gc.strokeOval(disc.x(), disc.y(), disc.width(), disc.height());
        // An arrow pointing up, the way the arrow it draws will run.
        double arm = disc.height() * 0.24;
        double cx = disc.centreX();
        double cy = disc.centreY();
        gc.setFill(active ? FxColours.of(styles.palette().markFill()) : stroke);
        gc.fillPolygon(new double[] {cx - arm, cx + arm, cx}, new double[] {cy + arm * 0.15, cy + arm * 0.15, cy - arm},
                3);
        gc.fillRect(cx - arm * 0.22, cy, arm * 0.44, arm);
    }

    private static void paintGuides(GraphicsContext gc, Viewport viewport, List<SnapGuides.Guide> guides, double scale) {
        if (guides.isEmpty()) {
            return;
        }
        gc.setStroke(GUIDE);
        gc.setLineWidth(1 / scale);
        gc.setLineDashes((double[]) null);
        for (SnapGuides.Guide guide : guides) {
            if (guide.vertical()) {
                double x = crisp(viewport.toViewX(guide.at()), scale);
                gc.strokeLine(x, viewport.toViewY(guide.from()) - GUIDE_OVERHANG_PX, x,
                        viewport.toViewY(guide.to()) + GUIDE_OVERHANG_PX);
            } else {
                double y = crisp(viewport.toViewY(guide.at()), scale);
                gc.strokeLine(viewport.toViewX(guide.from()) - GUIDE_OVERHANG_PX, y,
                        viewport.toViewX(guide.to()) + GUIDE_OVERHANG_PX, y);
            }
        }
    }

    /** The middle of the device pixel a one-pixel line at this view coordinate covers. */
    private static double crisp(double at, double scale) {
        return (Math.floor(at * scale) + 0.5) / scale;
    }

    /**
     * @param allowed null while the pointer is over nothing to connect to
     */
    private static void paintRubberLine(GraphicsContext gc, MapPalette palette, double x1, double y1, Point to,
                                        Boolean allowed) {
        Color colour = allowed == null ? FxColours.of(palette.mutedText())
                : allowed ? FxColours.of(palette.selection()) : REFUSED;
        double dx = to.x() - x1;
        double dy = to.y() - y1;
        double length = Math.hypot(dx, dy);
        gc.setStroke(colour);
        gc.setFill(colour);
        gc.setLineWidth(2);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineDashes(Boolean.FALSE.equals(allowed) ? new double[] {6, 4} : null);
        if (length > 12) {
            double ux = dx / length;
            double uy = dy / length;
            gc.strokeLine(x1, y1, to.x() - ux * 9, to.y() - uy * 9);
            double baseX = to.x() - ux * 11;
            double baseY = to.y() - uy * 11;
            gc.fillPolygon(new double[] {to.x(), baseX - uy * 5, baseX + uy * 5},
                    new double[] {to.y(), baseY + ux * 5, baseY - ux * 5}, 3);
        }
        gc.setLineDashes((double[]) null);
        if (Boolean.FALSE.equals(allowed)) {
            noEntry(gc, FxColours.of(palette.markFill()), to.x() + 16, to.y() + 16);
        }
    }

    /** A circle with a slash: this drop is not allowed. */
    private static void noEntry(GraphicsContext gc, Color disc, double x, double y) {
        double radius = 8;
        gc.setFill(disc);
        gc.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        gc.setStroke(REFUSED);
        gc.setLineWidth(2.5);
        gc.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
        double arm = radius * 0.7;
        gc.strokeLine(x - arm, y - arm, x + arm, y + arm);
    }
}
