package org.argumap.ui.canvas;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.argumap.layout.Collapsing;
import org.argumap.layout.LayoutInput;
import org.argumap.layout.LayoutRunner;
import org.argumap.layout.LayoutStyle;
import org.argumap.layout.MapLayout;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.render.AwtTextMeasure;
import org.argumap.render.BoxMeasurer;
import org.argumap.render.LaidOutMap;

/**
 * Keeps the canvas's geometry in step with the map: lays the map out again when it changed (at
 * most once per pulse, when drawing asks), with the branches the user collapsed left out, and
 * tells the canvas, which lets boxes glide to their new places.
 *
 * <p>Small maps are laid out at once, on the FX thread, in well under a frame. A large one goes
 * to a worker thread ({@link LayoutRunner}) as a snapshot taken here ({@link LayoutInput}): the
 * previous layout stays on screen, usable, until the new one arrives, and {@link #busyProperty()}
 * says that one is coming. Only the newest request counts; an answer to an older one is dropped.
 *
 * <p>Collapsing is view state, like the zoom: it belongs to this window's view of the map, is not
 * saved with the map and is not an undoable edit, so folding branches away to present a map never
 * marks it unsaved. Opening another map starts with everything expanded.
 */
final class LayoutController {
    /** Boxes (statements and junctions) laid out on the FX thread; more go to the worker. */
    static final int MAX_SYNC_BOXES = 1500;
    /**
     * Boxes (statements and junctions) up to which a change glides; a larger map's boxes jump to
     * their new places. Each frame of a glide works out every box's place in between, which at
     * 100,000 statements blocked the FX thread for hundreds of milliseconds per frame, for boxes
     * almost all out of view.
     */
    static final int MAX_GLIDE_BOXES = 20_000;
    /** Statements up to which the measurer that prepared a map's first layout is kept for its next ones. */
    private static final int MAX_HANDED_OVER_STATEMENTS = 250_000;

    private record Prepared(ArgumentMap map, LayoutStyle style, LaidOutMap laidOut, BoxMeasurer sizes) {
    }

    /** Hears that a new layout is ready. */
    interface Listener {
        /**
         * @param before the layout drawn until now
         * @param glide  whether the change should be animated (not for a new map)
         */
        void laidOut(LaidOutMap before, LaidOutMap now, boolean glide);
    }

    private final BoxMeasurer measurer;
    /**
     * What the layouts measure boxes with: the view's measurer, or for a large map laid out before
     * it was shown, the measurer that did it, which already knows every box; the view's would
     * measure all of them again on the FX thread at the first edit (seconds at 100,000).
     */
    private BoxMeasurer layoutSizes;
    private final Listener listener;
    private final Set<String> collapsed = new LinkedHashSet<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private LayoutRunner runner;
    /** Read by the thread that prepares a map's first layout. */
    private volatile LayoutStyle style = LayoutStyle.AUTOMATIC;
    /** The canvas's width over height, which the next layout aims at; read by the reading thread too. */
    private volatile double windowRatio = LayoutStyle.DEFAULT_WINDOW_RATIO;
    /** A large map's first layout, made by the thread that read it; taken by the first refresh after it is shown. */
    private volatile Prepared prepared;
    private ArgumentMap map = new ArgumentMap();
    private Collapsing collapsing = Collapsing.none();
    /** The statements hidden from view besides collapsed branches (the moderator's filter), asked per layout. */
    private Function<ArgumentMap, Set<String>> hiding = map -> Set.of();
    private LaidOutMap current = LaidOutMap.EMPTY;
    private boolean stale = true;
    private boolean glideNext;
    /** The newest request sent to the worker; an answer to any other is out of date. */
    private long requested;

    LayoutController(BoxMeasurer measurer, Listener listener) {
        this.measurer = measurer;
        this.layoutSizes = measurer;
        this.listener = listener;
    }

    /** A new map: everything expanded, laid out when first drawn, without animation. */
    void show(ArgumentMap newMap) {
        Prepared ready = prepared;
        if (ready != null && ready.map() != newMap) {
            prepared = null; // a map read but not shown (cancelled, or not let in): not kept in memory
        }
        map = newMap;
        layoutSizes = measurer;
        collapsed.clear();
        collapsing = Collapsing.none();
        current = LaidOutMap.EMPTY;
        stale = true;
        glideNext = false;
        requested++;
        busy.set(false);
    }

    /** The map changed: lay it out again before the next frame, and let the boxes glide there. */
    void invalidate() {
        stale = true;
        glideNext = true;
    }

    void setStyle(LayoutStyle newStyle) {
        if (newStyle != style) {
            style = newStyle;
            invalidate();
        }
    }

    LayoutStyle style() {
        return style;
    }

    /** The canvas's new size: the next layout aims at its shape (a resize alone does not lay out again). */
    void setWindowSize(double width, double height) {
        if (width > 0 && height > 0) {
            windowRatio = width / height;
        }
    }

    /** The layout drawn now, without laying out again. */
    LaidOutMap current() {
        return current;
    }

    /**
     * Lays out a large map that is not shown yet, on the calling thread, which must have the map to
     * itself (the thread that read it from its file): the first {@link #refresh} after it is shown
     * uses this layout instead of measuring and laying out the map on the FX thread. It measures
     * with a measurer of its own, since the view's is not thread-safe; both measure alike.
     */
    void prepare(ArgumentMap newMap) {
        LayoutStyle chosen = style;
        BoxMeasurer own = new BoxMeasurer(new AwtTextMeasure());
        own.measureAll(newMap.statements()); // on both processors, before the layout asks box by box
        LayoutInput input = LayoutInput.of(newMap, own, Collapsing.none());
        if (input.size() <= MAX_SYNC_BOXES) {
            return; // laid out at once when shown, in well under a frame
        }
        try (LayoutRunner runner = new LayoutRunner()) {
            // On the runner's thread, whose stack is large enough for ELK.
            prepared = new Prepared(newMap, chosen, new LaidOutMap(input, runner.layoutAsync(chosen.layout(windowRatio), input).join()), own);
        } catch (CompletionException | CancellationException e) {
            prepared = null; // laid out as usual once shown
        }
    }

    /**
     * Lays the map out if it changed: at once if it is small, and then returns the new layout;
     * else on the worker, and meanwhile returns the one drawn so far.
     */
    LaidOutMap refresh() {
        if (!stale) {
            return current;
        }
        stale = false;
        boolean glideWanted = glideNext;
        glideNext = false;
        if (takePrepared()) {
            return current;
        }
        collapsing = Collapsing.of(map, collapsed, hiding.apply(map));
        LayoutInput input = LayoutInput.of(map, layoutSizes, collapsing);
        boolean glide = glideWanted && input.size() <= MAX_GLIDE_BOXES;
        MapLayout layout = style.layout(windowRatio);
        long ticket = ++requested;
        if (input.size() <= MAX_SYNC_BOXES) {
            busy.set(false);
            publish(new LaidOutMap(input, layout.layout(input)), glide);
        } else {
            busy.set(true);
            // The spatial indexes are built on the worker too: the FX thread only swaps them in.
            runner().layoutAsync(layout, input).thenApply(geometry -> new LaidOutMap(input, geometry))
                    .whenComplete((laidOut, failure) -> Platform.runLater(() -> arrived(ticket, laidOut, failure, glide)));
        }
        return current;
    }

    /** True while a layout runs on a worker thread; the old layout stays on screen meanwhile. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // ---- collapsing ----------------------------------------------------------------------------

    /** What is hidden from view besides the collapsed branches; lays out again. */
    void setHiding(Function<ArgumentMap, Set<String>> rule) {
        hiding = Objects.requireNonNull(rule);
        invalidate();
    }

    Set<String> hiddenIds(ArgumentMap of) {
        return hiding.apply(of);
    }

    boolean isCollapsed(String statementId) {
        return collapsed.contains(statementId);
    }

    /** How many statements a collapsed statement hides, as of the last layout. */
    int hiddenBelow(String statementId) {
        return collapsing.hiddenBelow(statementId);
    }

    /** Whether a statement has reasons, objections or anything else below it that it could hide. */
    boolean hasBranch(String statementId) {
        Statement statement = map.statement(statementId);
        return statement != null && !map.inferencesInto(statement).isEmpty();
    }

    /** Collapses or expands these statements; those without a branch are left alone. True if anything changed. */
    boolean setCollapsed(Collection<String> statementIds, boolean collapse) {
        boolean changed = false;
        for (String id : statementIds) {
            if (collapse && hasBranch(id)) {
                changed |= collapsed.add(id);
            } else if (!collapse) {
                changed |= collapsed.remove(id);
            }
        }
        if (changed) {
            invalidate();
        }
        return changed;
    }

    boolean expandAll() {
        if (collapsed.isEmpty()) {
            return false;
        }
        collapsed.clear();
        invalidate();
        return true;
    }

    Set<String> collapsedIds() {
        return Set.copyOf(collapsed);
    }

    // ---- private -------------------------------------------------------------------------------

    /** Publishes the layout prepared for the map just shown, if it still fits how the map is shown. */
    private boolean takePrepared() {
        Prepared ready = prepared;
        if (ready == null || ready.map() != map) {
            return false;
        }
        prepared = null;
        // Handed over through the volatile field: from now on only this thread uses it. Not for a
        // map larger than a measurer remembers, whose layouts measure again anyway: only memory.
        if (map.statementCount() <= MAX_HANDED_OVER_STATEMENTS) {
            layoutSizes = ready.sizes();
        }
        if (ready.style() != style || !collapsed.isEmpty() || !hiding.apply(map).isEmpty()) {
            return false;
        }
        collapsing = Collapsing.none();
        requested++;
        busy.set(false);
        publish(ready.laidOut(), false);
        return true;
    }

    private LayoutRunner runner() {
        if (runner == null) {
            runner = new LayoutRunner();
        }
        return runner;
    }

    /** On the FX thread: a layout from the worker, kept only if it answers the newest request. */
    private void arrived(long ticket, LaidOutMap laidOut, Throwable failure, boolean glide) {
        if (ticket != requested) {
            return;
        }
        busy.set(false);
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof CancellationException) {
            return;
        }
        if (cause != null) {
            // A layout that fails (ELK out of stack on some odd graph) must not leave the map
            // undrawn: the tree layout is iterative and always finishes.
            laidOut = new LaidOutMap(map, LayoutStyle.TREE.layout().layout(LayoutInput.of(map, layoutSizes, collapsing)));
        }
        publish(laidOut, glide);
    }

    private void publish(LaidOutMap next, boolean glide) {
        LaidOutMap before = current;
        current = next;
        listener.laidOut(before, next, glide);
    }
}
