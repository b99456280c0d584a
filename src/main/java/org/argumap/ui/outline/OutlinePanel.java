package org.argumap.ui.outline;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.EditTextCommand;
import org.argumap.edit.MapCommand;
import org.argumap.edit.Selection;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapEvent;
import org.argumap.model.MapListener;
import org.argumap.model.Statement;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.render.MapPalette;

/**
 * The outline: the map as a tree beside the canvas, and the way into the map for keyboard and
 * screen-reader users. Main claims stand at the top; below each statement come the statements
 * bearing on it, in map order (see {@link OutlineShape}). It follows the canvas and the canvas
 * follows it: selection (and the canvas scrolls to what is selected here), collapsed branches, and
 * every edit, undo and redo. Lines are edited in place ({@link OutlineCell}) and dragged to
 * reorder or move them ({@link OutlineDrag}); every change is a command on the map's history.
 *
 * <p>Edits reach the tree at most once per pulse, and then only as changed lists of children
 * ({@link OutlineItems}), so typing on a map of ten thousand statements costs a redraw of the
 * visible lines. While the panel is not in a window it does nothing and catches up when shown.
 */
public final class OutlinePanel extends BorderPane {
    /** The panel's width the first time it shows: room for a line of a box's title. */
    public static final double PREFERRED_WIDTH = 300;
    private static final String STYLESHEET =
            Objects.requireNonNull(OutlinePanel.class.getResource("outline.css")).toExternalForm();

    private final MapCanvas canvas;
    private final TreeView<OutlineEntry> tree = new TreeView<>();
    private final OutlineItems items = new OutlineItems();
    private final OutlineSync sync;
    private final MapListener mapListener = this::mapChanged;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            flush();
        }
    };
    private ArgumentMap map = new ArgumentMap();
    private MapPalette palette = MapPalette.LIGHT;
    /** Which statements stand, marked on each line; null while Evaluate › Show Evaluation is off. */
    private Evaluation evaluation;
    private CommandHistory history = new CommandHistory();
    private OutlineWords words = new OutlineWords(map);
    private boolean shapeStale = true;
    /**
     * The changes to the lines since the tree was last brought up to date, while a few: one added
     * or removed box is patched into the tree rather than a new shape made. Null when the next
     * update must make a new shape anyway.
     */
    private List<MapEvent> sinceUpdate;
    private boolean cellsStale;
    private boolean pulsePending;
    /** A character typed on a line, which starts editing it with that character. */
    private String typedStart;

    public OutlinePanel(MapCanvas canvas) {
        this.canvas = Objects.requireNonNull(canvas);
        getStyleClass().add("outline-panel");
        getStylesheets().add(STYLESHEET);
        Label heading = new Label("Outline");
        heading.getStyleClass().add("outline-heading");
        heading.setLabelFor(tree);
        setTop(heading);
        setCenter(tree);
        setMinWidth(0);
        tree.setRoot(items.root());
        tree.setShowRoot(false);
        tree.setEditable(true);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(t -> new OutlineCell(this));
        tree.setAccessibleText("Outline of the map");
        // An outline is read line by line, as a list of a map's statements: AtlantaFX's dense rows.
        tree.getStyleClass().add(Styles.DENSE);
        sync = new OutlineSync(this, tree, items, canvas);
        new OutlineKeys(this, tree).install();
        new OutlineDrag(this, tree).install();
        // Replies the moderator hides leave the outline as they leave the canvas.
        canvas.hiding().addListener(() -> {
            shapeStale = true;
            sinceUpdate = null;
            schedule();
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                caughtUp();
            }
        });
    }

    /** Shows this map, edited through this history, with this selection (the canvas's, after {@code canvas.show}). */
    public void show(ArgumentMap newMap, CommandHistory newHistory, Selection newSelection) {
        map.removeListener(mapListener);
        map = Objects.requireNonNull(newMap);
        history = Objects.requireNonNull(newHistory);
        words = new OutlineWords(map);
        map.addListener(mapListener);
        sync.watch(Objects.requireNonNull(newSelection));
        tree.edit(null);
        sync.whileSyncing(items::clear);
        shapeStale = true;
        sinceUpdate = null;
        if (isShowing()) {
            caughtUp();
        }
    }

    /** The tree itself. */
    public TreeView<OutlineEntry> tree() {
        return tree;
    }

    /** Moves the keyboard focus into the tree: onto the selected line, else the line it was on, else the first. */
    public void focusTree() {
        flush();
        tree.requestFocus();
        TreeItem<OutlineEntry> line = tree.getSelectionModel().getSelectedItem();
        if (!isShownLine(line)) {
            line = tree.getFocusModel().getFocusedItem();
        }
        if (!isShownLine(line)) {
            line = tree.getTreeItem(0);
        }
        if (line != null) {
            tree.getFocusModel().focus(tree.getRow(line));
            sync.keepFocusOn(line);
        }
    }

    private boolean isShownLine(TreeItem<OutlineEntry> item) {
        return item != null && item.getValue() != null && tree.getRow(item) >= 0;
    }

    /** Brings the tree up to date with the map now, rather than at the next pulse. */
    public void flush() {
        pulse.stop();
        pulsePending = false;
        if (shapeStale) {
            shapeStale = false;
            TreeItem<OutlineEntry> editing = tree.getEditingItem();
            Set<String> hidden = canvas.hiding().hiddenIds();
            OutlineShape.Patch patch = sinceUpdate == null || !hidden.isEmpty() ? null
                    : items.shape().patch(map, sinceUpdate);
            sinceUpdate = new ArrayList<>();
            if (patch != null) {
                sync.whileSyncing(() -> items.apply(patch, this::expandedWhenNew));
            } else {
                sync.whileSyncing(() -> items.update(OutlineShape.of(map, hidden), this::expandedWhenNew));
            }
            if (editing != null && items.itemOf(editing.getValue()) != editing) {
                tree.edit(null);
            }
            sync.showSelection();
            cellsStale = true;
        }
        if (cellsStale) {
            cellsStale = false;
            for (Node node : tree.lookupAll(".outline-cell")) {
                if (node instanceof OutlineCell cell) {
                    cell.render();
                }
            }
        }
    }

    /** The item of the statement's own line (where its branch hangs), or null. */
    public TreeItem<OutlineEntry> itemOf(String statementId) {
        flush();
        return items.homeItemOf(statementId);
    }

    // ---- for the outline's parts ---------------------------------------------------------------

    ArgumentMap map() {
        return map;
    }

    CommandHistory history() {
        return history;
    }

    OutlineWords words() {
        return words;
    }

    OutlineItems items() {
        return items;
    }

    MapCanvas canvas() {
        return canvas;
    }

    /** Whether the item is a line of the outline as it is now, naming things still in the map. */
    boolean isCurrent(TreeItem<OutlineEntry> item) {
        return item != null && item.getValue() != null && items.itemOf(item.getValue()) == item
                && words.isCurrent(item.getValue());
    }

    boolean isShowing() {
        return getScene() != null;
    }

    /** The line's colour and icon: the box's for a statement on its own line, the link's otherwise. */
    MapPalette.Style styleOf(OutlineEntry entry) {
        if (entry.kind() == OutlineEntry.Kind.STATEMENT) {
            return palette.of(map, map.statement(entry.statementId()));
        }
        return palette.of(map, map.inference(entry.inferenceId()));
    }

    /** Colours the lines' marks as the map's palette colours its boxes (View › Theme). */
    public void setPalette(MapPalette value) {
        palette = value;
        cellsChanged();
    }

    /** Marks each line ✓, ✗ or ? as the canvas marks its box; null takes the marks away. */
    public void setEvaluation(Evaluation value) {
        if (evaluation != value) {
            evaluation = value;
            cellsChanged();
        }
    }

    MapPalette.StandingStyle standingStyle(org.argumap.analysis.evaluation.Label label) {
        return palette.standing(label);
    }

    /** The evaluation the lines are marked after, or null. */
    Evaluation evaluation() {
        return evaluation;
    }

    /** Lines show what hangs below them and whether it is folded away: redraw them at the next pulse. */
    void cellsChanged() {
        cellsStale = true;
        schedule();
    }

    /** Starts editing the line, with this character typed (or with its words, for null). */
    void edit(TreeItem<OutlineEntry> item, String typed) {
        if (item == null || item.getValue() == null || !item.getValue().showsStatement()) {
            return;
        }
        typedStart = typed;
        tree.edit(item);
        typedStart = null;
    }

    /** The character that started the edit under way, once. */
    String takeTypedStart() {
        String typed = typedStart;
        typedStart = null;
        return typed;
    }

    /** The words typed into a line: one undoable Edit Text, if they changed. */
    void editText(String statementId, String text) {
        Statement statement = map.statement(statementId);
        if (statement != null && !text.equals(OutlineWords.oneLine(statement.text()))) {
            execute(new EditTextCommand(map, statementId, text));
        }
    }

    /** Runs a command on the map's history; a refusal is said in the status bar. True if it ran. */
    boolean execute(MapCommand command) {
        try {
            history.execute(command);
            return true;
        } catch (EditRefusedException refused) {
            canvas.announce(refused.getMessage());
            return false;
        }
    }

    // ---- private ------------------------------------------------------------------------------

    private boolean expandedWhenNew(OutlineEntry entry) {
        return switch (entry.kind()) {
            case STATEMENT -> !canvas.folding().isCollapsed(entry.statementId());
            case GROUP -> true;
            case ALSO -> false;
        };
    }

    private void mapChanged(MapEvent event) {
        if (event instanceof MapEvent.NodeMoved || event instanceof MapEvent.InfoChanged
                || event instanceof MapEvent.PresentationChanged) {
            return;
        }
        // New words or another type of link change how lines read, not which lines there are.
        if (event instanceof MapEvent.StatementChanged || event instanceof MapEvent.InferenceChanged) {
            cellsStale = true;
        } else {
            shapeStale = true;
            if (sinceUpdate != null && sinceUpdate.size() < 2) {
                sinceUpdate.add(event);
            } else {
                sinceUpdate = null;
            }
        }
        schedule();
    }

    private void schedule() {
        if (isShowing() && !pulsePending) {
            pulsePending = true;
            pulse.start();
        }
    }

    /** Shown again, or another map: what changed meanwhile, the canvas's folding and selection. */
    private void caughtUp() {
        flush();
        sync.applyFolding();
        sync.showSelection();
    }
}
