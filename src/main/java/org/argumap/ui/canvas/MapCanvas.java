package org.argumap.ui.canvas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.argumap.edit.CommandHistory;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.MapLayout;
import org.argumap.layout.Rect;
import org.argumap.layout.SpatialIndex;
import org.argumap.layout.TreeLayout;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapListener;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * The map view: one {@link Canvas} the size of the visible area, redrawn at most once per pulse
 * and only when something changed, instead of a scene-graph node per box, so that maps of
 * thousands of boxes pan at display rate. Drag a box to move it (through the history, so it can
 * be undone), drag the background or scroll to pan, Ctrl/Cmd + wheel or pinch to zoom.
 */
public final class MapCanvas extends Region {
    private static final double FIT_MARGIN = 36;
    private static final double ZOOM_STEP = 1.25;

    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final BoxMeasurer measurer = new BoxMeasurer();
    private final MapPainter painter = new MapPainter(measurer);
    private final MapLayout layout = new TreeLayout();
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final MapListener mapListener = event -> invalidateGeometry();
    private final AnimationTimer redraw = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            redrawPending = false;
            draw();
        }
    };

    private ArgumentMap map = new ArgumentMap();
    private CommandHistory history = new CommandHistory();
    private MapGeometry geometry;
    private SpatialIndex boxIndex;
    private boolean redrawPending;
    private boolean fitPending = true;
    /**
     * Until the user pans or zooms, the view keeps fitting the map as the window changes size: window
     * managers often resize or maximise a window after its first layout, and the map should not
     * end up as a speck in a corner.
     */
    private boolean keepFitted = true;
    private String emphasisedId;

    public MapCanvas() {
        getStyleClass().add("map-canvas");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setAccessibleText("Argument map");
        map.addListener(mapListener);
        new CanvasGestures(this).install();
    }

    /** Shows this map, edited through this history, and fits it into view once the canvas has a size. */
    public void show(ArgumentMap newMap, CommandHistory newHistory) {
        map.removeListener(mapListener);
        map = Objects.requireNonNull(newMap);
        history = Objects.requireNonNull(newHistory);
        map.addListener(mapListener);
        emphasisedId = null;
        fitPending = true;
        invalidateGeometry();
        requestLayout();
    }

    public ArgumentMap map() {
        return map;
    }

    public CommandHistory history() {
        return history;
    }

    /** Where every box is drawn, in map units; laid out again after each change to the map. */
    public MapGeometry geometry() {
        ensureGeometry();
        return geometry;
    }

    /** Zooms and pans so the whole map is in view (never magnifying beyond 100 %). */
    public void fitMap() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        keepFitted = true;
        viewport.fit(geometry().bounds(), getWidth(), getHeight(), FIT_MARGIN);
        viewChanged();
    }

    public void zoomIn() {
        zoomAt(ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, getWidth() / 2, getHeight() / 2);
    }

    /** The current zoom, 1 for 100 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The screen point at the centre of a box, or empty if the node is not laid out or the view not shown. */
    public Optional<Point2D> screenCentreOf(String nodeId) {
        Rect rect = geometry().rectOf(nodeId);
        if (rect == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(localToScreen(viewport.toViewX(rect.centreX()), viewport.toViewY(rect.centreY())));
    }

    /** The statement under a point of this view, or null. */
    Statement statementAt(double viewX, double viewY) {
        ensureGeometry();
        String id = boxIndex.idAt(viewport.toMapX(viewX), viewport.toMapY(viewY));
        return id == null ? null : map.statement(id);
    }

    Viewport viewport() {
        return viewport;
    }

    void zoomAt(double factor, double viewX, double viewY) {
        keepFitted = false;
        viewport.zoomAt(factor, viewX, viewY);
        viewChanged();
    }

    void panBy(double dx, double dy) {
        keepFitted = false;
        viewport.panBy(dx, dy);
        viewChanged();
    }

    /** Draws this box on top, with a heavier outline: the one being dragged. Null for none. */
    void setEmphasised(String nodeId) {
        if (!Objects.equals(emphasisedId, nodeId)) {
            emphasisedId = nodeId;
            requestRedraw();
        }
    }

    private void viewChanged() {
        zoom.set(viewport.zoom());
        requestRedraw();
    }

    private void invalidateGeometry() {
        geometry = null;
        boxIndex = null;
        requestRedraw();
    }

    private void ensureGeometry() {
        if (geometry == null) {
            geometry = layout.layout(map, measurer);
            Map<String, Rect> boxes = new LinkedHashMap<>();
            for (MapNode node : map.nodes()) {
                if (node instanceof Statement) {
                    boxes.put(node.id(), geometry.rectOf(node.id()));
                }
            }
            boxIndex = new SpatialIndex(boxes, 512);
        }
    }

    private void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            redraw.start();
        }
    }

    private void draw() {
        ensureGeometry();
        painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), viewport, map,
                geometry, boxIndex, emphasisedId);
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            fitPending |= keepFitted;
            requestRedraw();
        }
        if (fitPending && width > 0 && height > 0) {
            fitMap();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
