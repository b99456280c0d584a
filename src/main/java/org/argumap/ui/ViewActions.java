package org.argumap.ui;

import static org.argumap.ui.EditorActions.action;
import static org.argumap.ui.EditorActions.key;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.ui.canvas.MapCanvas;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The canvas's commands as actions: selecting (Edit menu), zooming, collapsing, the minimap,
 * the layout and presenting (View menu), the panel under the map (Argument menu), and the context
 * menus. Commands that act on the selection are enabled
 * only while something is selected. The canvas adds plain keys of its own (+, −, 0, Space,
 * Escape) while it has the focus; these are the menu versions, with Ctrl/Cmd.
 */
final class ViewActions {
    final Action selectAll;
    final Action selectBranch;
    final Action selectNone;
    final Action fitMap;
    final Action zoomIn;
    final Action zoomOut;
    final Action zoomToSelection;
    final Action collapseBranch;
    final Action expandBranch;
    final Action expandAll;
    final CheckAction minimap;
    /** View › Outline: the map as a tree at the left; the key shows it and goes there. */
    static final KeyCombination FOCUS_OUTLINE =
            new KeyCodeCombination(KeyCode.O, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN);
    final CheckAction outline;
    final CheckAction inspector;
    /**
     * Argument › Problems and Statistics: tabs of the panel under the map. Not in the View menu,
     * which in the projector theme already fills an 800-pixel screen: one more item there and
     * View › Theme could no longer be reached.
     */
    final CheckAction problems;
    final CheckAction statistics;
    final LayoutActions layout;
    final ClipboardActions clipboard;
    final PresentActions present;

    private final SelectionListener selectionListener = this::showSelection;
    private Selection watched;

    ViewActions(DocumentController documents, MapCanvas canvas, Supplier<Window> owner) {
        selectAll = action("Select All", MaterialDesignS.SELECT_ALL, key(KeyCode.A), e -> canvas.selectAll());
        selectBranch = action("Select Branch", MaterialDesignF.FILE_TREE_OUTLINE, key(KeyCode.B),
                e -> canvas.selectBranch());
        selectNone = action("Select None (Esc)", MaterialDesignS.SELECT_OFF, null, e -> canvas.clearSelection());
        fitMap = action("Fit Map", MaterialDesignF.FIT_TO_PAGE_OUTLINE, key(KeyCode.DIGIT0),
                e -> canvas.navigation().fitMap());
        // Shift may be down: on many keyboards "+" is Shift+"=".
        zoomIn = action("Zoom In", MaterialDesignM.MAGNIFY_PLUS_OUTLINE,
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                e -> canvas.navigation().zoomIn());
        zoomOut = action("Zoom Out", MaterialDesignM.MAGNIFY_MINUS_OUTLINE, key(KeyCode.MINUS),
                e -> canvas.navigation().zoomOut());
        zoomToSelection = action("Zoom to Selection", MaterialDesignM.MAGNIFY_SCAN, key(KeyCode.DIGIT2),
                e -> canvas.navigation().zoomToSelection());
        collapseBranch = action("Collapse Branch", MaterialDesignA.ARROW_COLLAPSE_UP, key(KeyCode.OPEN_BRACKET),
                e -> canvas.folding().collapseSelection());
        expandBranch = action("Expand Branch", MaterialDesignA.ARROW_EXPAND_DOWN, key(KeyCode.CLOSE_BRACKET),
                e -> canvas.folding().expandSelection());
        expandAll = action("Expand All", MaterialDesignA.ARROW_EXPAND_ALL,
                new KeyCodeCombination(KeyCode.CLOSE_BRACKET, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN),
                e -> canvas.folding().expandAll());
        minimap = new CheckAction("Minimap");
        minimap.setLongText("Show a minimap while part of the map is out of view");
        minimap.selectedProperty().bindBidirectional(canvas.minimapEnabledProperty());
        outline = new CheckAction("Outline");
        outline.setLongText("Show the map as an outline (" + FOCUS_OUTLINE.getDisplayText() + " goes there)");
        inspector = new CheckAction("Inspector");
        inspector.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN));
        inspector.setLongText("Show the properties of the selected box beside the map");
        // Ctrl+Shift+M is the Problems view of VS Code, which many students know.
        problems = new CheckAction("Problems");
        problems.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN));
        problems.setLongText("Show what is wrong with the map and what to do next, under the map");
        statistics = new CheckAction("Statistics");
        statistics.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN));
        statistics.setLongText("Show the map's statistics under the map");
        layout = new LayoutActions(documents, canvas);
        clipboard = new ClipboardActions(documents, canvas, MapClipboard.system());
        present = new PresentActions(documents, canvas, owner);
        documents.documentProperty().addListener((o, old, now) -> watch(now.selection()));
        watch(documents.document().selection());
    }

    /** The Edit menu's selection commands. */
    List<Action> editItems() {
        return List.of(selectAll, selectBranch, selectNone);
    }

    /** The View menu. */
    List<Action> viewItems() {
        List<Action> items = new ArrayList<>(List.of(fitMap, zoomIn, zoomOut, zoomToSelection,
                ActionUtils.ACTION_SEPARATOR, collapseBranch, expandBranch, expandAll, ActionUtils.ACTION_SEPARATOR,
                minimap, outline, inspector, ActionUtils.ACTION_SEPARATOR));
        items.addAll(layout.items());
        items.add(ActionUtils.ACTION_SEPARATOR);
        items.addAll(present.items());
        return items;
    }

    /** For the Argument menu, before classifying (which comes last): the panel under the map. */
    List<Action> feedbackItems() {
        return List.of(problems, statistics);
    }

    List<Action> toolbarItems() {
        return List.of(fitMap, zoomIn, zoomOut, zoomToSelection, ActionUtils.ACTION_SEPARATOR, collapseBranch,
                expandBranch, ActionUtils.ACTION_SEPARATOR, layout.relayout);
    }

    /**
     * The menu for a right click on a box, which the canvas selects first: {@code editing} on top,
     * then the clipboard.
     */
    ContextMenu boxMenu(List<Action> editing) {
        List<Action> items = new ArrayList<>(editing);
        items.addAll(List.of(ActionUtils.ACTION_SEPARATOR, clipboard.cut, clipboard.copy, clipboard.paste,
                clipboard.duplicate, ActionUtils.ACTION_SEPARATOR, selectBranch, zoomToSelection,
                ActionUtils.ACTION_SEPARATOR, collapseBranch, expandBranch, ActionUtils.ACTION_SEPARATOR,
                layout.relayoutBranch));
        return clipboard.refreshedOnShowing(ActionUtils.createContextMenu(items));
    }

    /** The menu for a right click on the background: {@code editing} on top, then Paste. */
    ContextMenu backgroundMenu(List<Action> editing) {
        List<Action> items = new ArrayList<>(editing);
        items.addAll(List.of(clipboard.paste, ActionUtils.ACTION_SEPARATOR, fitMap, selectAll, expandAll,
                ActionUtils.ACTION_SEPARATOR, layout.relayout));
        return clipboard.refreshedOnShowing(ActionUtils.createContextMenu(items));
    }

    private void watch(Selection selection) {
        if (watched != null) {
            watched.removeListener(selectionListener);
        }
        watched = selection;
        selection.addListener(selectionListener);
        showSelection(selection);
    }

    private void showSelection(Selection selection) {
        boolean none = selection.isEmpty();
        for (Action action : List.of(selectBranch, selectNone, zoomToSelection, collapseBranch, expandBranch,
                layout.relayoutBranch)) {
            action.setDisabled(none);
        }
    }
}
