package org.argumap.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.MapStructure;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.MapGeometry;
import org.argumap.layout.Rect;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;
import org.argumap.render.AwtTextMeasure;
import org.argumap.render.BoxMeasurer;
import org.argumap.render.LaidOutMap;
import org.argumap.render.MapPainter;
import org.argumap.render.MapPalette;
import org.argumap.render.Placement;
import org.argumap.render.RoleStyles;
import org.argumap.render.StandingMarks;
import org.argumap.render.Viewport;

/**
 * The map view: one {@link Canvas} the size of the visible area, redrawn at most once per pulse
 * and only when something changed, instead of a scene-graph node per box, so that maps of
 * thousands of boxes pan at display rate. A minimap in the corner shows where the view is.
 *
 * <p>This class holds the view's state and draws; the gestures live in {@link NavigationController}
 * (pan, zoom, fit), {@link PointerController} (select, move, collapse, rubber band), {@link BoxKeys}
 * (walking the map with the arrows, starting to edit) and {@link Minimap}; editing in place in
 * {@link InlineEditor}; layouts in {@link LayoutController}, transitions in {@link LayoutAnimator}.
 */
public final class MapCanvas extends Region {
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final BoxMeasurer measurer = new BoxMeasurer(new AwtTextMeasure());
    private final RoleStyles styles = new RoleStyles(MapPalette.LIGHT);
    private final MapPainter painter = new MapPainter(measurer, styles);
    private final OverlayPainter overlays = new OverlayPainter();
    private final LayoutAnimator animator = new LayoutAnimator(this::requestRedraw);
    private final LayoutController layouts = new LayoutController(measurer, this::laidOut);
    private final ViewDecorations decorations = new ViewDecorations(this);
    private final Minimap minimap = new Minimap(this);
    private final Navigation navigation = new Navigation(this, viewport);
    private final Folding folding = new Folding(this, layouts);
    private final Hiding hiding = new Hiding(this, layouts);
    private final InlineEditor editor = new InlineEditor(this, measurer);
    private final ReadOnlyStringWrapper hint =
            new ReadOnlyStringWrapper(this, "hint", PointerController.BACKGROUND_HINT);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final BooleanProperty minimapEnabled = new SimpleBooleanProperty(this, "minimapEnabled", true);
    private final MapListener mapListener = this::mapChanged;
    private final SelectionListener selectionListener = s -> requestRedraw();
    private final PointerController pointer;
    private final AnimationTimer redraw = new AnimationTimer() {
        @Override
        public void handle(long now) {
            stop();
            // Lay out first: a new layout asks for a redraw, which this one is.
            layouts.refresh();
            redrawPending = false;
            draw();
        }
    };

    private ArgumentMap map = new ArgumentMap();
    private CommandHistory history = new CommandHistory();
    private Selection selection = new Selection();
    /** A drag in progress draws its boxes where the pointer has them; null otherwise. */
    private Placement dragPlacement;
    /**
     * What a finished drag left on screen: drawn until the new layout arrives (a large map's comes
     * from the worker), so dropped boxes do not jump back meanwhile, then glided from.
     */
    private LaidOutMap dropped;
    private boolean redrawPending;
    /** Runs after each frame that shows laid-out boxes of the map; for the start-up benchmark. */
    private Runnable onMapDrawn = () -> { };
    /** The standing marks of the last frame, by box or link: what the user sees, for tests and screen readers. */
    private final Map<String, String> standingDrawn = new HashMap<>();

    public MapCanvas() {
        getStyleClass().add("map-canvas");
        getChildren().addAll(canvas, minimap, editor);
        setFocusTraversable(true);
        setMinSize(0, 0);
        setAccessibleText("Argument map");
        map.addListener(mapListener);
        selection.addListener(selectionListener);
        new NavigationController(this).install();
        new BoxKeys(this).install();
        pointer = new PointerController(this);
        pointer.install();
        minimapEnabled.addListener((o, old, now) -> requestRedraw());
        painter.setWitness((id, label, verdict) -> standingDrawn.put(id,
                label.word() + (verdict == null ? "" : switch (verdict) {
                    case ACCEPTED -> ", accepted by you";
                    case REJECTED -> ", rejected by you";
                    case OPEN -> "";
                })));
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, oldWindow, window) -> watchScale(window));
                watchScale(scene.getWindow());
            }
        });
    }

    /** Shows this map, edited through this history, and fits it into view once the canvas has a size. */
    public void show(ArgumentMap newMap, CommandHistory newHistory, Selection newSelection) {
        editor.abandon();
        map.removeListener(mapListener);
        selection.removeListener(selectionListener);
        map = Objects.requireNonNull(newMap);
        history = Objects.requireNonNull(newHistory);
        selection = Objects.requireNonNull(newSelection);
        map.addListener(mapListener);
        selection.addListener(selectionListener);
        animator.stop();
        styles.clear();
        dragPlacement = null;
        dropped = null;
        decorations.reset();
        layouts.show(map);
        navigation.mapShown();
        requestRedraw();
        requestLayout();
    }

    /**
     * Prepares the first view of a map about to be shown, off the FX thread (on the thread that
     * read it, which has it to itself): a large map's layout, so that showing it does not stall the
     * window. Call {@link #show} with the same map afterwards; the layout is used if the view is
     * still set the same way then.
     */
    public void prepareFirstView(ArgumentMap newMap) {
        layouts.prepare(newMap);
    }

    public ArgumentMap map() {
        return map;
    }

    public CommandHistory history() {
        return history;
    }

    /** What is selected in the map shown; the rest of the window observes it. */
    public Selection selection() {
        return selection;
    }

    /** Where every box is drawn at rest, in map units; laid out again after each change to the map. */
    public MapGeometry geometry() {
        return layouts.refresh().geometry();
    }

    /** Fit, zoom and pan. */
    public Navigation navigation() {
        return navigation;
    }

    /** Collapse and expand branches. */
    public Folding folding() {
        return folding;
    }

    /** Statements hidden from view by a rule, such as the moderator's filter. */
    public Hiding hiding() {
        return hiding;
    }

    /** The current zoom, 1 for 100 %. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return navigation.zoomProperty();
    }

    /** Whether the minimap may show; it shows when this is on and part of the map is out of view. */
    public BooleanProperty minimapEnabledProperty() {
        return minimapEnabled;
    }

    /** What the mouse and keys do where the pointer is, for the status bar. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** What the view last had to say, such as which layout Automatic chose; for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Says something in the status bar: the same message twice is announced twice. */
    public void announce(String message) {
        notice.set("");
        notice.set(message);
    }

    /** True while a large map is laid out in the background; the previous layout stays on screen. */
    public ReadOnlyBooleanProperty layoutBusyProperty() {
        return layouts.busyProperty();
    }

    // ---- selection and collapsing -------------------------------------------------------------

    /** Edit › Select All: every statement shown (not those in collapsed branches). */
    public void selectAll() {
        selection.selectOnly(geometry().rects().keySet().stream().filter(id -> map.statement(id) != null).toList());
    }

    /** Edit › Select Branch: the selected statements and every statement shown below them. */
    public void selectBranch() {
        List<MapNode> tops = new ArrayList<>();
        for (String id : selection.ids()) {
            Statement top = map.statement(id);
            if (top != null) {
                tops.add(top);
            }
        }
        List<String> branch = new ArrayList<>();
        for (MapNode member : MapStructure.branch(map, tops)) {
            if (member instanceof Statement && geometry().rectOf(member.id()) != null) {
                branch.add(member.id());
            }
        }
        if (!branch.isEmpty()) {
            selection.selectOnly(branch);
        }
    }

    public void clearSelection() {
        selection.clear();
    }

    /** View › Layout Style: how boxes are placed; the boxes glide to their new places. */
    public void setLayoutStyle(LayoutStyle style) {
        layouts.setStyle(Objects.requireNonNull(style));
        requestRedraw();
    }

    public LayoutStyle layoutStyle() {
        return layouts.style();
    }

    // ---- editing in place -----------------------------------------------------------------------

    /**
     * Edits a statement's text in a text area laid over its box: selects the box, brings it into
     * view, and opens the editor with the statement's text, or with {@code initialTextOrNull} in its
     * place (the character typed to start). Enter commits as one undoable step, Escape cancels.
     */
    public void startEditing(String statementId, String initialTextOrNull) {
        startEditing(statementId, initialTextOrNull, null);
    }

    /**
     * As {@link #startEditing(String, String)} for a box just added: {@code ifLeftEmpty} runs when
     * the user leaves it without words by Escape or Enter (to take the new box away again).
     */
    public void startEditing(String statementId, String initialTextOrNull, Runnable ifLeftEmpty) {
        if (map.statement(statementId) == null) {
            return;
        }
        if (selection.size() != 1 || !selection.contains(statementId)) {
            selection.select(statementId);
        }
        navigation.revealSelection();
        editor.open(statementId, initialTextOrNull, ifLeftEmpty);
    }

    /** Whether a statement's text is being edited in place. */
    public boolean isEditing() {
        return editor.isEditing();
    }

    /** The id of the statement being edited in place, null when none is. */
    public ReadOnlyStringProperty editingProperty() {
        return editor.editedIdProperty();
    }

    /** Ends in-place editing, keeping what was typed (one undoable step); nothing if not editing. */
    public void commitEditing() {
        editor.commit();
    }

    /** Whether the in-place editor holds words that differ from its statement's. */
    public boolean hasUncommittedTyping() {
        return editor.hasUncommittedText();
    }

    /** Writes the in-place editor's words onto a copy of the map (for autosave), leaving the session open. */
    public void writeTypingOnto(ArgumentMap copy) {
        editor.writeTextOnto(copy);
    }

    /** Ends in-place editing, leaving the text as it was. */
    public void cancelEditing() {
        editor.cancel();
    }

    /** The in-place editor's text area, for tests. */
    public TextArea editorTextArea() {
        return editor.textArea();
    }

    // ---- for tests and the status bar ---------------------------------------------------------

    /** The screen point at the centre of a box, or empty if the node is not laid out or the view not shown. */
    public Optional<Point2D> screenCentreOf(String nodeId) {
        Rect rect = geometry().rectOf(nodeId);
        if (rect == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(localToScreen(viewport.toViewX(rect.centreX()), viewport.toViewY(rect.centreY())));
    }

    /** True while boxes glide between layouts. */
    public boolean isAnimating() {
        return animator.isRunning();
    }

    /** The minimap, shown in the bottom right corner while part of the map is out of view. */
    public Minimap minimap() {
        return minimap;
    }

    /**
     * Marks what a search or filter found, and draws everything else faint while it is active;
     * {@link Highlights#NONE} to end it. Costs a set lookup per box drawn, not a search per frame.
     */
    public void setHighlights(Highlights highlights) {
        decorations.highlight(highlights);
    }

    public Highlights highlights() {
        return decorations.highlights();
    }

    /**
     * What a presentation hides and draws receded; {@link Spotlight#NONE} shows everything. Set it
     * again (the same object will do) when what it answers changes.
     */
    public void setSpotlight(Spotlight spotlight) {
        decorations.setSpotlight(spotlight);
    }

    public Spotlight spotlight() {
        return decorations.spotlight();
    }

    /**
     * Marks which boxes and steps stand after this evaluation (Evaluate › Show Evaluation); null takes
     * the marks away. Redrawn at the next pulse, which an edit's new evaluation arrives before.
     */
    public void setEvaluation(Evaluation evaluation) {
        if (painter.evaluation() != evaluation) {
            painter.setEvaluation(evaluation);
            requestRedraw();
        }
    }

    /** The evaluation the canvas draws, null while the overlay is off: exported pictures follow it. */
    public Evaluation evaluation() {
        return painter.evaluation();
    }

    /**
     * What the last frame drew on this box or step: "stands", "falls" or "undecided", followed by
     * ", accepted by you" or ", rejected by you" where the user judged it; empty where no mark was
     * drawn (the overlay off, the box out of view or too far out to carry one).
     */
    public Optional<String> standingDrawnOn(String id) {
        return Optional.ofNullable(standingDrawn.get(id));
    }

    /** What runs after each frame that shows the map's boxes (the first one tells that a map is on screen). */
    public void setOnMapDrawn(Runnable action) {
        onMapDrawn = Objects.requireNonNull(action);
    }

    /** Menus for a right click on a box (after selecting it) and on the background. */
    public void setContextMenus(ContextMenu onBox, ContextMenu onBackground) {
        pointer.setContextMenus(onBox, onBackground);
    }

    /** What a double click on the background does, given the map point under the pointer: add a claim there. */
    public void setOnBackgroundDoubleClick(Consumer<Position> atMapPoint) {
        pointer.setOnBackgroundDoubleClick(atMapPoint);
    }

    // ---- package: the controllers' access -----------------------------------------------------

    Viewport viewport() {
        return viewport;
    }

    ViewDecorations decorations() {
        return decorations;
    }

    LayoutController layouts() {
        return layouts;
    }

    /** The map at rest, laid out again first if it changed. */
    LaidOutMap laidOut() {
        return layouts.refresh();
    }

    /** What is drawn: the drag in progress, the glide, or the map at rest. */
    Placement placement() {
        LaidOutMap rest = layouts.refresh();
        if (dragPlacement != null) {
            return dragPlacement;
        }
        return dropped != null ? dropped : animator.placement(rest);
    }

    void setDragPlacement(Placement placement) {
        if (placement != null) {
            animator.stop();
        }
        dragPlacement = placement;
        requestRedraw();
    }

    /** A drag ended: the next layout glides from where the boxes were dropped. */
    void endDrag(MapGeometry droppedFrame) {
        dropped = new LaidOutMap(map, droppedFrame);
        dragPlacement = null;
        requestRedraw();
    }

    MapPalette.Style styleOf(Statement statement) {
        return styles.of(map, statement);
    }

    /** The colours the map is drawn in. */
    public MapPalette palette() {
        return styles.palette();
    }

    /** Draws the map in another palette (View › Theme). */
    public void setPalette(MapPalette palette) {
        styles.setPalette(palette);
        editor.paletteChanged();
        minimap.geometryChanged();
        requestRedraw();
    }

    /** Measures boxes as the canvas draws them; exports reuse it so their boxes match. */
    public BoxMeasurer measurer() {
        return measurer;
    }

    /** A drop that changed nothing (its command failed): draw the map at rest again. */
    void cancelDrop() {
        dropped = null;
        requestRedraw();
    }

    void setHint(String text) {
        hint.set(text);
    }

    void requestRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            redraw.start();
        }
    }

    // ---- private ------------------------------------------------------------------------------

    private void mapChanged(MapEvent event) {
        if (event instanceof MapEvent.PresentationChanged) {
            return; // the steps change what a presentation reveals, not what the editor draws
        }
        if (!(event instanceof MapEvent.NodeMoved)) {
            styles.clear();
        }
        layouts.invalidate();
        requestRedraw();
        editor.mapChanged();
    }

    private void laidOut(LaidOutMap before, LaidOutMap now, boolean glide) {
        MapGeometry from = dropped != null ? dropped.geometry() : before.geometry();
        dropped = null;
        if (glide && !from.isEmpty()) {
            animator.glide(map, from, now.geometry());
        } else {
            animator.stop();
        }
        if (before.geometry().isEmpty()) {
            navigation.firstLayout();
        }
        // What a collapse hides, or an edit removes, cannot stay selected.
        selection.removeIf(id -> now.rectOf(id) == null);
        followSelection(before, now);
        decorations.forgetMissing(now);
        minimap.geometryChanged();
        requestRedraw();
    }

    /**
     * A change elsewhere in the map (a join, a promotion, a box added above) can carry the box the
     * user is working on out of view: the view follows it, as it would follow the caret in a text.
     */
    private void followSelection(LaidOutMap before, LaidOutMap now) {
        String primary = selection.primary().orElse(null);
        if (primary == null || before.geometry().isEmpty()) {
            return;
        }
        Rect was = before.rectOf(primary);
        Rect is = now.rectOf(primary);
        Rect visible = navigation.visibleMapArea();
        if (was != null && is != null && visible.intersects(was) && !visible.intersects(is)) {
            navigation.revealSelection();
        }
    }

    private void watchScale(Window window) {
        if (window != null) {
            window.renderScaleXProperty().addListener((o, old, now) -> requestRedraw());
        }
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : window.getRenderScaleX();
    }

    private void draw() {
        Placement placement = placement();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double scale = outputScale();
        standingDrawn.clear();
        painter.paint(surface, canvas.getWidth(), canvas.getHeight(), scale, viewport, map, placement, decorations,
                new MapPainter.ScreenLayer() {
                    @Override
                    public void underLifted(List<String> shown, double zoom) {
                        overlays.paintUnderLifted(gc, map, placement, decorations, shown, styles, zoom);
                    }

                    @Override
                    public void onTop() {
                        overlays.paintOnTop(gc, viewport, placement, decorations, styles.palette(), scale);
                    }
                });
        minimap.viewChanged(layouts.current(), viewport, getWidth(), getHeight(), minimapEnabled.get());
        editor.place();
        if (!layouts.current().geometry().isEmpty()) {
            onMapDrawn.run();
        }
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        minimap.place(width, height);
        editor.place();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            layouts.setWindowSize(width, height);
            requestRedraw();
            navigation.resized(width, height);
        } else {
            navigation.laidOut(width, height);
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
