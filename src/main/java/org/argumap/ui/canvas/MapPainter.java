package org.argumap.ui.canvas;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Rect;
import org.argumap.layout.SpatialIndex;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.Statement;

/**
 * Draws the visible part of a map: links first, boxes over them, the box being dragged last. Only
 * what touches the visible area is drawn, so panning a large map costs what is on screen.
 */
final class MapPainter {
    private static final Font HINT_FONT = Font.font("System", 16);

    private final BoxMeasurer measurer;
    private final BoxPainter boxes;
    private final LinkPainter links = new LinkPainter();

    MapPainter(BoxMeasurer measurer) {
        this.measurer = measurer;
        this.boxes = new BoxPainter(measurer.wrapper());
    }

    void paint(GraphicsContext gc, double width, double height, Viewport viewport, ArgumentMap map,
               MapGeometry geometry, SpatialIndex boxIndex, String emphasisedId) {
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
        gc.setTransform(zoom, 0, 0, zoom, viewport.offsetX(), viewport.offsetY());
        // A little beyond the edges, so arrowheads and shadows of boxes just outside still show.
        Rect visible = viewport.visibleArea(width, height).expanded(24 / zoom);

        for (Inference inference : map.inferences()) {
            Rect extent = extentOf(inference, geometry);
            if (extent != null && extent.intersects(visible)) {
                links.paint(gc, map, geometry, inference, zoom);
            }
        }
        for (String id : boxIndex.idsIn(visible)) {
            if (!id.equals(emphasisedId)) {
                paintBox(gc, map, geometry, map.statement(id), false, zoom);
            }
        }
        if (emphasisedId != null && map.statement(emphasisedId) != null) {
            paintBox(gc, map, geometry, map.statement(emphasisedId), true, zoom);
        }
        gc.setTransform(new Affine());
    }

    private void paintBox(GraphicsContext gc, ArgumentMap map, MapGeometry geometry, Statement statement,
                          boolean emphasised, double zoom) {
        Rect box = statement == null ? null : geometry.rectOf(statement.id());
        if (box == null) {
            return;
        }
        boxes.paint(gc, box, MapPalette.of(map, statement), measurer.textOf(statement), emphasised, zoom);
    }

    /** Everything an inference's drawing can touch: its premises, its junction and its target. */
    private static Rect extentOf(Inference inference, MapGeometry geometry) {
        Rect extent = geometry.rectOf(inference.id());
        if (extent == null) {
            return null;
        }
        for (Statement premise : inference.premises()) {
            Rect rect = geometry.rectOf(premise.id());
            extent = rect == null ? extent : extent.union(rect);
        }
        Rect target = geometry.rectOf(inference.target().id());
        return target == null ? extent : extent.union(target);
    }
}
