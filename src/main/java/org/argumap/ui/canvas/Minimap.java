package org.argumap.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.render.LaidOutMap;
import org.argumap.render.MapPalette;
import org.argumap.render.PixelCoverage;
import org.argumap.render.Viewport;

/**
 * The whole map in miniature in a corner of the view, with a frame where the view is: the way
 * back when a large map has been zoomed into. Each box is a block of its role's colour, every box,
 * whatever the view shows. Click or drag in it to move the view there.
 *
 * <p>Its panel, frame and blocks take the map palette's colours, so it reads as a small copy of the
 * map in every theme (a white card on a dark map would glare).
 *
 * <p>It shows only while it helps: when it is switched on (View › Minimap) and part of the map is
 * out of view. The blocks are drawn on a canvas of their own when the layout changes; the frame on
 * a second canvas above it on every view change, so panning redraws a rectangle, not the map.
 *
 * <p>It keeps out of the way of the map: it stands in the bottom right corner while no box lies
 * under it there, and otherwise moves to the corner with the fewest boxes under it (bottom right,
 * bottom left, top right, top left, in that order where they tie). Where boxes lie under it in
 * every corner it turns translucent, and solid again while the pointer is over it to be used.
 */
public final class Minimap extends Region {
    private static final double MAX_WIDTH = 240;
    private static final double MAX_HEIGHT = 160;
    private static final double MIN_SIDE = 48;
    private static final double MARGIN = 12;
    private static final double PADDING = 6;
    /** How solid it is over boxes: they show through, and it still shows where the view is. */
    static final double CROWDED_OPACITY = 0.45;

    private final MapCanvas view;
    private final Canvas blocks = new Canvas();
    private final Canvas frame = new Canvas();
    private boolean blocksStale = true;
    private Rect bounds;
    private double scaleX;
    private double scaleY;
    private double originX;
    private double originY;
    private double availableWidth;
    private double availableHeight;
    private Corner corner = Corner.BOTTOM_RIGHT;
    private boolean crowded;

    /** The corners it may stand in, in the order it prefers them. */
    public enum Corner {
        BOTTOM_RIGHT(true, true), BOTTOM_LEFT(false, true), TOP_RIGHT(true, false), TOP_LEFT(false, false);

        private final boolean right;
        private final boolean bottom;

        Corner(boolean right, boolean bottom) {
            this.right = right;
            this.bottom = bottom;
        }
    }

    Minimap(MapCanvas view) {
        this.view = view;
        getStyleClass().add("minimap");
        getChildren().addAll(blocks, frame);
        setVisible(false);
        setManaged(false);
        setCursor(Cursor.CROSSHAIR);
        setAccessibleText("Minimap");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveViewTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveViewTo);
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            view.setHint("Click or drag to move the view");
            e.consume();
        });
        hoverProperty().addListener((o, old, now) -> updateOpacity());
    }

    /** The corner of the view it stands in. */
    public Corner corner() {
        return corner;
    }

    /** Whether boxes lie under it wherever it stands, so that it is drawn translucent. */
    public boolean isCrowded() {
        return crowded;
    }

    /** The map point this point of the minimap stands for. */
    public double toMapX(double minimapX) {
        return (minimapX - originX) / scaleX;
    }

    public double toMapY(double minimapY) {
        return (minimapY - originY) / scaleY;
    }

    /** The layout or the palette changed: the blocks are drawn again with the next frame. */
    void geometryChanged() {
        blocksStale = true;
    }

    /** Where the minimap may go: the canvas's size. */
    void place(double width, double height) {
        availableWidth = width;
        availableHeight = height;
        blocksStale = true;
    }

    /** After each frame of the canvas: shows or hides the minimap, and draws the frame where the view now is. */
    void viewChanged(LaidOutMap laidOut, Viewport viewport, double viewWidth, double viewHeight, boolean enabled) {
        Rect mapBounds = laidOut.geometry().bounds();
        Rect visible = viewport.visibleArea(viewWidth, viewHeight);
        boolean useful = enabled && mapBounds != null && !contains(visible, mapBounds)
                && availableWidth > 3 * MAX_WIDTH / 2 && availableHeight > 3 * MAX_HEIGHT / 2;
        setVisible(useful);
        if (!useful) {
            return;
        }
        if (blocksStale || !mapBounds.equals(bounds)) {
            resizeFor(mapBounds);
            drawBlocks(laidOut);
            blocksStale = false;
        }
        keepOutOfTheWay(laidOut, viewport);
        drawFrame(visible);
    }

    /**
     * Stays where it is while no box lies under it; else goes to the corner with the fewest boxes
     * under it, so that it does not hop about while the user pans over an empty stretch. Four
     * queries of the spatial index, each of a small area: nothing next to drawing the map.
     */
    private void keepOutOfTheWay(LaidOutMap laidOut, Viewport viewport) {
        int here = boxesUnder(laidOut, viewport, corner);
        if (here > 0) {
            Corner best = corner;
            int fewest = here;
            for (Corner candidate : Corner.values()) {
                int count = candidate == corner ? here : boxesUnder(laidOut, viewport, candidate);
                if (count < fewest) {
                    best = candidate;
                    fewest = count;
                }
            }
            corner = best;
            here = fewest;
        }
        crowded = here > 0;
        relocate(xIn(corner, getWidth()), yIn(corner, getHeight()));
        updateOpacity();
    }

    private int boxesUnder(LaidOutMap laidOut, Viewport viewport, Corner at) {
        double width = getWidth();
        double height = getHeight();
        Rect area = viewport.toMap(new Rect(xIn(at, width), yIn(at, height), width, height));
        return laidOut.statementsIn(area).size();
    }

    private double xIn(Corner at, double width) {
        return at.right ? availableWidth - MARGIN - width : MARGIN;
    }

    private double yIn(Corner at, double height) {
        return at.bottom ? availableHeight - MARGIN - height : MARGIN;
    }

    private void updateOpacity() {
        setOpacity(crowded && !isHover() ? CROWDED_OPACITY : 1);
    }

    /**
     * As large as the map's shape allows within 240 × 160. A map far wider than tall (a debate of a
     * thousand statements laid out as a tree is a hundred times wider than tall) is stretched to a
     * strip at least 48 pixels high rather than drawn as a line one pixel high that no one can click.
     */
    private void resizeFor(Rect mapBounds) {
        bounds = mapBounds;
        double innerMaxW = MAX_WIDTH - 2 * PADDING;
        double innerMaxH = MAX_HEIGHT - 2 * PADDING;
        double scale = Math.min(innerMaxW / Math.max(1, bounds.width()), innerMaxH / Math.max(1, bounds.height()));
        double width = Math.max(MIN_SIDE, Math.ceil(bounds.width() * scale + 2 * PADDING));
        double height = Math.max(MIN_SIDE, Math.ceil(bounds.height() * scale + 2 * PADDING));
        scaleX = (width - 2 * PADDING) / Math.max(1, bounds.width());
        scaleY = (height - 2 * PADDING) / Math.max(1, bounds.height());
        originX = (width - bounds.width() * scaleX) / 2 - bounds.x() * scaleX;
        originY = (height - bounds.height() * scaleY) / 2 - bounds.y() * scaleY;
        resizeRelocate(xIn(corner, width), yIn(corner, height), width, height);
        for (Canvas layer : new Canvas[] {blocks, frame}) {
            layer.setWidth(width);
            layer.setHeight(height);
        }
    }

    private void drawBlocks(LaidOutMap laidOut) {
        GraphicsContext gc = blocks.getGraphicsContext2D();
        double width = blocks.getWidth();
        double height = blocks.getHeight();
        gc.clearRect(0, 0, width, height);
        MapPalette palette = view.palette();
        // The surface the palette puts the links' marks on: white on light maps, a dark card on dark ones.
        gc.setFill(FxColours.of(palette.markFill().withOpacity(0.93)));
        gc.fillRoundRect(0, 0, width, height, 10, 10);
        gc.setStroke(FxColours.of(palette.text().withOpacity(0.3)));
        gc.setLineWidth(1);
        gc.strokeRoundRect(0.5, 0.5, width - 1, height - 1, 10, 10);
        ArgumentMap map = view.map();
        // Every box, at least a pixel, so that small branches far out still show. A box whose few
        // pixels an earlier one has covered is skipped before its role is worked out: a map of
        // 100,000 statements puts dozens on a pixel, and styling each held up its opening.
        PixelCoverage covered = new PixelCoverage(width, height);
        for (String id : laidOut.statementsIn(bounds)) {
            Rect box = laidOut.rectOf(id);
            if (box == null) {
                continue;
            }
            double x = originX + box.x() * scaleX;
            double y = originY + box.y() * scaleY;
            double w = Math.max(1, box.width() * scaleX);
            double h = Math.max(1, box.height() * scaleY);
            Statement statement = map.statement(id);
            if (statement == null || !covered.adds(x, y, w, h)) {
                continue;
            }
            gc.setFill(FxColours.of(view.styleOf(statement).block()));
            gc.fillRect(x, y, w, h);
        }
    }

    private void drawFrame(Rect visible) {
        GraphicsContext gc = frame.getGraphicsContext2D();
        double width = frame.getWidth();
        double height = frame.getHeight();
        gc.clearRect(0, 0, width, height);
        double x1 = clamp(originX + visible.x() * scaleX, 1, width - 1);
        double y1 = clamp(originY + visible.y() * scaleY, 1, height - 1);
        double x2 = clamp(originX + visible.maxX() * scaleX, 1, width - 1);
        double y2 = clamp(originY + visible.maxY() * scaleY, 1, height - 1);
        if (x2 - x1 < 4) {
            double mid = (x1 + x2) / 2;
            x1 = mid - 2;
            x2 = mid + 2;
        }
        if (y2 - y1 < 4) {
            double mid = (y1 + y2) / 2;
            y1 = mid - 2;
            y2 = mid + 2;
        }
        gc.setFill(FxColours.of(view.palette().selection().withOpacity(0.14)));
        gc.fillRect(x1, y1, x2 - x1, y2 - y1);
        gc.setStroke(FxColours.of(view.palette().selection()));
        gc.setLineWidth(1.5);
        gc.strokeRect(Math.round(x1) + 0.5, Math.round(y1) + 0.5, Math.round(x2 - x1) - 1, Math.round(y2 - y1) - 1);
    }

    private void moveViewTo(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY || e.isPrimaryButtonDown()) {
            view.navigation().centreOn(toMapX(e.getX()), toMapY(e.getY()));
        }
        e.consume();
    }

    private static boolean contains(Rect outer, Rect inner) {
        return inner.x() >= outer.x() && inner.y() >= outer.y() && inner.maxX() <= outer.maxX()
                && inner.maxY() <= outer.maxY();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
