package org.argumap.ui.canvas;

import java.util.Optional;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Rect;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.render.BoxPainter;
import org.argumap.render.BranchBadge;
import org.argumap.render.Viewport;

/**
 * Where the canvas looks: fit the map, zoom to the selection, zoom in and out, pan. Commands for
 * the menus and keys; the gestures that call the rest are in {@link NavigationController}.
 *
 * <p>Until the user pans or zooms, the view keeps fitting the map as the window changes size:
 * window managers often resize or maximise a window after its first layout, and the map should
 * not end up as a speck in a corner.
 *
 * <p>A large map is not fitted when it opens: whole, its boxes would be specks (a strip one pixel
 * high for 100,000 statements). It opens on its first main claim and the reasons and objections
 * right under it, at a zoom where their words are drawn; View › Fit Map still shows it whole.
 */
public final class Navigation {
    private static final double FIT_MARGIN = 36;
    private static final double SELECTION_MARGIN = 60;
    /** Zoom to Selection may magnify a little beyond 100 %, so one box fills a good part of the view. */
    private static final double MAX_SELECTION_ZOOM = 1.5;
    private static final double ZOOM_STEP = 1.25;
    /** Room in screen pixels kept around a revealed box, so it does not sit against the edge. */
    private static final double REVEAL_MARGIN = 24;

    /** Maps of more boxes (statements and junctions) than this open on their main claim, not fitted. */
    static final int START_VIEW_BOXES = 400;
    /** The start view of a large map magnifies at most to 100 % and shrinks at least to this, where words are drawn. */
    static final double START_VIEW_MIN_ZOOM = 0.75;

    private final MapCanvas view;
    private final Viewport viewport;
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private boolean fitPending = true;
    private boolean keepFitted = true;

    Navigation(MapCanvas view, Viewport viewport) {
        this.view = view;
        this.viewport = viewport;
    }

    /** Zooms and pans so the whole map is in view (never magnifying beyond 100 %). */
    public void fitMap() {
        if (view.getWidth() <= 0 || view.getHeight() <= 0) {
            fitPending = true;
            return;
        }
        fitPending = false;
        keepFitted = true;
        viewport.fit(view.geometry().bounds(), view.getWidth(), view.getHeight(), FIT_MARGIN);
        changed();
    }

    /** Zooms and pans so the selected boxes fill the view; the whole map when nothing is selected. */
    public void zoomToSelection() {
        Rect bounds = boundsOf(view.selection().ids());
        if (bounds == null) {
            fitMap();
            return;
        }
        keepFitted = false;
        viewport.fit(bounds, view.getWidth(), view.getHeight(), SELECTION_MARGIN, MAX_SELECTION_ZOOM);
        changed();
    }

    /**
     * Brings the selected boxes into view for keys that move the selection (the next reply to
     * classify): pans, keeping the zoom the user chose to read at, and only when they are not in
     * view already. Drawn too small to show their text (a fitted thread of hundreds of comments),
     * they are shown at 100 % instead, since the user moved there to read them.
     */
    public void revealSelection() {
        Rect bounds = boundsOf(view.selection().ids());
        if (bounds == null || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return;
        }
        if (viewport.zoom() < BoxPainter.FULL_DETAIL_ZOOM) {
            keepFitted = false;
            viewport.zoomAt(1 / viewport.zoom(), view.getWidth() / 2, view.getHeight() / 2);
            centreOn(bounds.centreX(), bounds.centreY());
            return;
        }
        Rect wanted = bounds.expanded(REVEAL_MARGIN / viewport.zoom());
        Rect visible = visibleMapArea();
        if (wanted.x() < visible.x() || wanted.y() < visible.y() || wanted.maxX() > visible.maxX()
                || wanted.maxY() > visible.maxY()) {
            centreOn(bounds.centreX(), bounds.centreY());
        }
    }

    public void zoomIn() {
        zoomAt(ZOOM_STEP, view.getWidth() / 2, view.getHeight() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / ZOOM_STEP, view.getWidth() / 2, view.getHeight() / 2);
    }

    /**
     * Puts this map point at the centre of the view at this zoom (kept within the canvas's zoom
     * range): a camera move's frames, for a presentation that moves the view on its own.
     */
    public void lookAt(double mapX, double mapY, double newZoom) {
        keepFitted = false;
        viewport.zoomAt(newZoom / viewport.zoom(), view.getWidth() / 2, view.getHeight() / 2);
        viewport.centreOn(mapX, mapY, view.getWidth(), view.getHeight());
        changed();
    }

    /** The current zoom, 1 for 100 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** The screen point at the centre of a statement's collapse toggle (shown collapsed, or on hover). */
    public Optional<Point2D> toggleScreenCentreOf(String statementId) {
        Rect box = view.geometry().rectOf(statementId);
        if (box == null) {
            return Optional.empty();
        }
        Rect toggle = BranchBadge.rectOf(box, view.folding().hiddenBelow(statementId), viewport.zoom());
        return Optional.ofNullable(
                view.localToScreen(viewport.toViewX(toggle.centreX()), viewport.toViewY(toggle.centreY())));
    }

    /** The map point shown at this screen point. */
    public Point2D mapPointAt(Point2D screen) {
        Point2D local = view.screenToLocal(screen);
        return new Point2D(viewport.toMapX(local.getX()), viewport.toMapY(local.getY()));
    }

    /** The part of the map in view, in map units. */
    public Rect visibleMapArea() {
        return viewport.visibleArea(view.getWidth(), view.getHeight());
    }

    void zoomAt(double factor, double viewX, double viewY) {
        keepFitted = false;
        viewport.zoomAt(factor, viewX, viewY);
        changed();
    }

    void panBy(double dx, double dy) {
        keepFitted = false;
        viewport.panBy(dx, dy);
        changed();
    }

    /** Centres the view on this map point (the minimap's click), keeping the zoom. */
    void centreOn(double mapX, double mapY) {
        keepFitted = false;
        viewport.centreOn(mapX, mapY, view.getWidth(), view.getHeight());
        changed();
    }

    /** A new map: fit it once the canvas has a size, and keep fitting until the user moves the view. */
    void mapShown() {
        fitPending = true;
        keepFitted = true;
    }

    /** The first layout of a map arrived (from the worker, for a large map): fit it, unless the user moved on. */
    void firstLayout() {
        if (keepFitted) {
            fitPending = true;
            laidOut(view.getWidth(), view.getHeight());
        }
    }

    /** The canvas has a new size: fit again if the user has not moved the view since the last fit. */
    void resized(double width, double height) {
        fitPending |= keepFitted;
        if (fitPending && width > 0 && height > 0) {
            startView();
        }
    }

    /** After the canvas's layout pass: a fit asked for before the canvas had a size happens now. */
    void laidOut(double width, double height) {
        if (fitPending && width > 0 && height > 0) {
            startView();
        }
    }

    /** How a map is first shown: a small one fitted, a large one on its main claim and what is right under it. */
    private void startView() {
        MapGeometry geometry = view.geometry();
        Statement claim = geometry.rects().size() > START_VIEW_BOXES ? firstMainClaim(geometry) : null;
        if (claim == null) {
            fitMap();
            return;
        }
        Rect claimRect = geometry.rectOf(claim.id());
        Rect firstLevel = claimRect;
        for (Inference inference : view.map().inferencesInto(claim)) {
            firstLevel = union(firstLevel, geometry.rectOf(inference.id()));
            for (Statement premise : inference.premises()) {
                firstLevel = union(firstLevel, geometry.rectOf(premise.id()));
            }
        }
        double width = view.getWidth();
        double height = view.getHeight();
        fitPending = false;
        keepFitted = true;
        viewport.fit(firstLevel, width, height, FIT_MARGIN, 1);
        if (viewport.zoom() < START_VIEW_MIN_ZOOM) {
            // Too wide to show whole at a zoom where words are drawn: the claim at the top, centred.
            viewport.zoomAt(START_VIEW_MIN_ZOOM / viewport.zoom(), width / 2, height / 2);
            viewport.centreOn(claimRect.centreX(), claimRect.centreY(), width, height);
            viewport.panBy(0, FIT_MARGIN - viewport.toViewY(Math.min(claimRect.y(), firstLevel.y())));
        }
        changed();
    }

    /** The first main claim in the map's order that is laid out; null if none is. */
    private Statement firstMainClaim(MapGeometry geometry) {
        for (Statement claim : view.map().mainClaims()) {
            if (geometry.rectOf(claim.id()) != null) {
                return claim;
            }
        }
        return null;
    }

    private static Rect union(Rect a, Rect bOrNull) {
        return bOrNull == null ? a : a.union(bOrNull);
    }

    private Rect boundsOf(Iterable<String> ids) {
        Rect bounds = null;
        for (String id : ids) {
            Rect rect = view.geometry().rectOf(id);
            if (rect != null) {
                bounds = bounds == null ? rect : bounds.union(rect);
            }
        }
        return bounds;
    }

    private void changed() {
        zoom.set(viewport.zoom());
        view.requestRedraw();
    }
}
