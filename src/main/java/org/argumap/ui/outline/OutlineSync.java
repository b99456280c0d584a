package org.argumap.ui.outline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.MultipleSelectionModel;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.ui.canvas.Folding;
import org.argumap.ui.canvas.MapCanvas;

/**
 * Keeps the tree and the canvas agreeing, both ways: what is selected (the document's
 * {@link Selection} is the truth; selecting in the tree brings the boxes into view on the canvas,
 * selecting on the canvas scrolls the tree to the line), and which branches are collapsed (the
 * canvas's {@link Folding}; a line is expanded exactly when its statement is not collapsed).
 *
 * <p>Changes this class makes to the tree are marked as such, so the tree's own events do not
 * come back as the user's; and a selection the tree makes does not come back to the tree.
 */
final class OutlineSync {
    private final OutlinePanel panel;
    private final TreeView<OutlineEntry> tree;
    private final OutlineItems items;
    private final MapCanvas canvas;
    private final SelectionListener selectionListener = s -> selectionChanged();
    private Selection selection = new Selection();
    /** True while this class changes the tree: its events are not the user's. */
    private boolean syncing;
    /** True while a selection made in the tree goes to the document. */
    private boolean fromTree;
    private Set<String> lastCollapsed = Set.of();

    OutlineSync(OutlinePanel panel, TreeView<OutlineEntry> tree, OutlineItems items, MapCanvas canvas) {
        this.panel = panel;
        this.tree = tree;
        this.items = items;
        this.canvas = canvas;
        tree.getSelectionModel().getSelectedItems()
                .addListener((ListChangeListener<TreeItem<OutlineEntry>>) change -> treeSelectionChanged());
        items.root().addEventHandler(TreeItem.<OutlineEntry>branchExpandedEvent(), e -> branchToggled(e.getTreeItem()));
        items.root().addEventHandler(TreeItem.<OutlineEntry>branchCollapsedEvent(), e -> branchToggled(e.getTreeItem()));
        canvas.folding().addListener(this::foldingChanged);
    }

    void watch(Selection next) {
        selection.removeListener(selectionListener);
        selection = next;
        selection.addListener(selectionListener);
    }

    /** Runs a change to the tree that is not the user's. */
    void whileSyncing(Runnable change) {
        boolean was = syncing;
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = was;
        }
    }

    // ---- selection ----------------------------------------------------------------------------

    private void selectionChanged() {
        if (!fromTree && panel.isShowing()) {
            panel.flush();
            showSelection();
        }
    }

    /** Selects the lines of the document's selection and scrolls to the primary one. */
    void showSelection() {
        whileSyncing(() -> {
            MultipleSelectionModel<TreeItem<OutlineEntry>> model = tree.getSelectionModel();
            List<TreeItem<OutlineEntry>> wanted = new ArrayList<>();
            TreeItem<OutlineEntry> primary = null;
            for (String id : selection.ids()) {
                TreeItem<OutlineEntry> item = shownLineOf(id);
                if (item != null) {
                    wanted.add(item);
                    if (selection.primary().map(id::equals).orElse(false)) {
                        primary = item;
                    }
                }
            }
            if (wanted.equals(model.getSelectedItems()) && (primary == null || primary == model.getSelectedItem())) {
                return;
            }
            model.clearSelection();
            if (wanted.isEmpty()) {
                return;
            }
            Map<TreeItem<OutlineEntry>, Integer> rows = rowsOf(wanted);
            int[] selectedRows = wanted.stream().filter(rows::containsKey).mapToInt(rows::get).toArray();
            int primaryRow = rows.getOrDefault(primary != null ? primary : wanted.get(wanted.size() - 1), -1);
            if (selectedRows.length == 0) {
                return;
            }
            model.selectIndices(selectedRows[0], selectedRows);
            if (primaryRow >= 0) {
                model.select(primaryRow);
                tree.getFocusModel().focus(primaryRow);
                scrollIntoView(primaryRow);
                keepFocusOn(model.getSelectedItem());
            }
        });
    }

    /**
     * The tree's focus model answers some changes by moving the focus later (with
     * {@code Platform.runLater}), which would take it off the line just selected or focused; this
     * puts it back after that.
     */
    void keepFocusOn(TreeItem<OutlineEntry> item) {
        if (item == null) {
            return;
        }
        Platform.runLater(() -> {
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.getFocusModel().focus(row);
            }
        });
    }

    /**
     * The line to select for a statement: its own line when that is not folded away, else a line
     * listing it again that is in view; null when none is (the canvas shows it through a link the
     * outline lists under a folded line). Never one inside a collapsed line, since selecting that
     * would expand the tree, and with it the canvas.
     */
    private TreeItem<OutlineEntry> shownLineOf(String statementId) {
        TreeItem<OutlineEntry> home = items.homeItemOf(statementId);
        if (home == null || isShown(home)) {
            return home;
        }
        for (OutlineEntry also : items.shape().alsoLinesOf(statementId)) {
            TreeItem<OutlineEntry> item = items.itemOf(also);
            if (item != null && isShown(item)) {
                return item;
            }
        }
        return null;
    }

    private boolean isShown(TreeItem<OutlineEntry> item) {
        for (TreeItem<OutlineEntry> up = item.getParent(); up != null; up = up.getParent()) {
            if (!up.isExpanded()) {
                return false;
            }
        }
        return item.getParent() != null;
    }

    /** The rows of shown items, in one walk over the shown lines rather than one per item. */
    private Map<TreeItem<OutlineEntry>, Integer> rowsOf(List<TreeItem<OutlineEntry>> wanted) {
        Map<TreeItem<OutlineEntry>, Integer> rows = new HashMap<>();
        if (wanted.size() == 1) {
            rows.put(wanted.get(0), tree.getRow(wanted.get(0)));
            return rows;
        }
        Set<TreeItem<OutlineEntry>> open = new HashSet<>(wanted);
        Deque<TreeItem<OutlineEntry>> stack = new ArrayDeque<>();
        List<TreeItem<OutlineEntry>> tops = items.root().getChildren();
        for (int i = tops.size() - 1; i >= 0; i--) {
            stack.push(tops.get(i));
        }
        int row = 0;
        while (!stack.isEmpty() && !open.isEmpty()) {
            TreeItem<OutlineEntry> item = stack.pop();
            if (open.remove(item)) {
                rows.put(item, row);
            }
            row++;
            if (item.isExpanded()) {
                List<TreeItem<OutlineEntry>> below = item.getChildren();
                for (int i = below.size() - 1; i >= 0; i--) {
                    stack.push(below.get(i));
                }
            }
        }
        return rows;
    }

    /** Scrolls as little as it takes to show the row whole, unlike {@link TreeView#scrollTo}, which puts it on top. */
    private void scrollIntoView(int row) {
        Node flow = tree.lookup(".virtual-flow");
        if (flow instanceof VirtualFlow<?> virtualFlow) {
            virtualFlow.scrollTo(row);
        } else {
            tree.scrollTo(row);
        }
    }

    private void treeSelectionChanged() {
        if (syncing) {
            return;
        }
        MultipleSelectionModel<TreeItem<OutlineEntry>> model = tree.getSelectionModel();
        Set<String> ids = new LinkedHashSet<>();
        // The line acted on last first, so that it becomes the selection's primary item.
        addIdsOf(model.getSelectedItem(), ids);
        for (TreeItem<OutlineEntry> item : List.copyOf(model.getSelectedItems())) {
            addIdsOf(item, ids);
        }
        fromTree = true;
        try {
            if (ids.isEmpty()) {
                selection.clear();
            } else {
                selection.selectOnly(ids);
            }
        } finally {
            fromTree = false;
        }
        if (!ids.isEmpty()) {
            canvas.navigation().revealSelection();
        }
    }

    /** A statement's line selects the statement; a linked argument's line, its co-premises. */
    private void addIdsOf(TreeItem<OutlineEntry> item, Set<String> ids) {
        if (item == null || item.getValue() == null || !panel.words().isCurrent(item.getValue())) {
            return;
        }
        OutlineEntry entry = item.getValue();
        if (entry.showsStatement()) {
            ids.add(entry.statementId());
        } else {
            panel.map().inference(entry.inferenceId()).premises().forEach(p -> ids.add(p.id()));
        }
    }

    // ---- collapsing ---------------------------------------------------------------------------

    /** The canvas collapsed or expanded branches: the lines of those statements follow. */
    private void foldingChanged() {
        if (!panel.isShowing()) {
            return;
        }
        Set<String> now = canvas.folding().collapsedIds();
        Set<String> touched = new HashSet<>(lastCollapsed);
        touched.addAll(now);
        whileSyncing(() -> {
            for (String id : touched) {
                TreeItem<OutlineEntry> item = items.homeItemOf(id);
                if (item != null) {
                    item.setExpanded(!now.contains(id));
                }
            }
        });
        lastCollapsed = now;
        panel.cellsChanged();
    }

    /** Every statement's line expanded exactly when the canvas shows its branch. */
    void applyFolding() {
        Folding folding = canvas.folding();
        whileSyncing(() -> {
            for (OutlineEntry entry : items.shape().entries()) {
                TreeItem<OutlineEntry> item = items.itemOf(entry);
                if (entry.kind() == OutlineEntry.Kind.STATEMENT && item != null && !item.isLeaf()) {
                    item.setExpanded(!folding.isCollapsed(entry.statementId()));
                }
            }
        });
        lastCollapsed = folding.collapsedIds();
    }

    /** The user expanded or collapsed a line: the canvas does the same with the statement's branch. */
    private void branchToggled(TreeItem<OutlineEntry> item) {
        panel.cellsChanged();
        if (syncing || item == null || item.getValue() == null
                || item.getValue().kind() != OutlineEntry.Kind.STATEMENT) {
            return;
        }
        String id = item.getValue().statementId();
        Folding folding = canvas.folding();
        if (folding.isCollapsed(id) == item.isExpanded()) {
            folding.toggle(id);
        }
    }
}
