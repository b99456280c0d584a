package org.argumap.ui.outline;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.argumap.edit.MapCommand;
import org.argumap.model.Statement;

/**
 * Dragging lines of the outline: onto the upper or lower edge of a sibling to put it before or
 * after it, onto the middle of a statement to move it under that statement. A line shows where the
 * dragged one would go (a bar above or below it, or a frame round it); near the top or bottom edge
 * of the panel the tree scrolls; Escape gives up the drag. One drop is one undo step (see
 * {@link OutlineDrops}).
 *
 * <p>A press, drag and release of the mouse rather than the platform's drag and drop: the drag
 * never leaves the panel, and it behaves the same under every toolkit, headless tests included.
 */
final class OutlineDrag {
    private static final double THRESHOLD = 5;
    private static final double SCROLL_MARGIN = 24;
    private static final double SCROLL_STEP = 12;
    private static final PseudoClass BEFORE = PseudoClass.getPseudoClass("drop-before");
    private static final PseudoClass ONTO = PseudoClass.getPseudoClass("drop-onto");
    private static final PseudoClass AFTER = PseudoClass.getPseudoClass("drop-after");

    private final OutlinePanel panel;
    private final TreeView<OutlineEntry> tree;
    private OutlineEntry dragged;
    private double pressX;
    private double pressY;
    private boolean dragging;
    /** Escape during a drag: the rest of it does nothing. */
    private boolean cancelled;
    private OutlineCell marked;
    private OutlineDrops.Zone zone;

    OutlineDrag(OutlinePanel panel, TreeView<OutlineEntry> tree) {
        this.panel = panel;
        this.tree = tree;
    }

    void install() {
        tree.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        tree.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        tree.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (dragging && e.getCode() == KeyCode.ESCAPE) {
                mark(null, null);
                cancelled = true;
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        reset();
        OutlineCell cell = cellAt(e.getSceneX(), e.getSceneY());
        if (e.getButton() == MouseButton.PRIMARY && cell != null && tree.getEditingItem() == null
                && OutlineDrops.canDrag(panel.map(), cell.getItem())) {
            dragged = cell.getItem();
            pressX = e.getSceneX();
            pressY = e.getSceneY();
        }
    }

    private void dragged(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        if (!dragging && Math.hypot(e.getSceneX() - pressX, e.getSceneY() - pressY) < THRESHOLD) {
            return;
        }
        dragging = true;
        e.consume();
        if (cancelled) {
            return;
        }
        scrollNearEdges(e);
        OutlineCell cell = cellAt(e.getSceneX(), e.getSceneY());
        OutlineDrops.Zone over = null;
        if (cell != null) {
            Bounds bounds = cell.localToScene(cell.getLayoutBounds());
            double fraction = (e.getSceneY() - bounds.getMinY()) / bounds.getHeight();
            over = OutlineDrops.zone(panel.map(), dragged, cell.getItem(), fraction);
        }
        mark(over == null ? null : cell, over);
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            reset();
            return;
        }
        e.consume();
        OutlineEntry target = marked == null ? null : marked.getItem();
        OutlineDrops.Zone where = zone;
        OutlineEntry moving = dragged;
        reset();
        if (target != null) {
            drop(moving, target, where);
        }
    }

    private void drop(OutlineEntry moving, OutlineEntry target, OutlineDrops.Zone where) {
        Optional<MapCommand> command = OutlineDrops.command(panel.map(), moving, target, where);
        if (command.isEmpty() || !panel.execute(command.get())) {
            return;
        }
        if (where == OutlineDrops.Zone.ONTO) {
            // Show where it went: a statement moved under a folded one would vanish from view.
            if (panel.canvas().folding().isCollapsed(target.statementId())) {
                panel.canvas().folding().toggle(target.statementId());
            }
            Statement moved = panel.map().statement(moving.statementId());
            panel.canvas().announce("Moved " + OutlineWords.quoted(moved) + " under "
                    + OutlineWords.quoted(panel.map().statement(target.statementId())) + ".");
        }
        panel.flush();
    }

    private void mark(OutlineCell cell, OutlineDrops.Zone over) {
        if (marked != null) {
            marked.pseudoClassStateChanged(BEFORE, false);
            marked.pseudoClassStateChanged(ONTO, false);
            marked.pseudoClassStateChanged(AFTER, false);
        }
        marked = cell;
        zone = over;
        if (cell != null) {
            cell.pseudoClassStateChanged(BEFORE, over == OutlineDrops.Zone.BEFORE);
            cell.pseudoClassStateChanged(ONTO, over == OutlineDrops.Zone.ONTO);
            cell.pseudoClassStateChanged(AFTER, over == OutlineDrops.Zone.AFTER);
        }
    }

    private void scrollNearEdges(MouseEvent e) {
        Bounds view = tree.localToScene(tree.getLayoutBounds());
        double step = e.getSceneY() < view.getMinY() + SCROLL_MARGIN ? -SCROLL_STEP
                : e.getSceneY() > view.getMaxY() - SCROLL_MARGIN ? SCROLL_STEP : 0;
        if (step != 0 && tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollPixels(step);
        }
    }

    /** The line under this point of the scene, among those the tree shows. */
    private OutlineCell cellAt(double sceneX, double sceneY) {
        for (Node node : tree.lookupAll(".outline-cell")) {
            if (node instanceof OutlineCell cell && cell.isVisible() && !cell.isEmpty() && cell.getItem() != null
                    && cell.localToScene(cell.getLayoutBounds()).contains(sceneX, sceneY)) {
                return cell;
            }
        }
        return null;
    }

    private void reset() {
        mark(null, null);
        dragged = null;
        dragging = false;
        cancelled = false;
    }
}
