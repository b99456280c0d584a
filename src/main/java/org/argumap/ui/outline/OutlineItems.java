package org.argumap.ui.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * The tree items of the outline, kept in line with the map's {@link OutlineShape} by changing only
 * what changed: a line that is still there keeps its item, and with it whether it is expanded and
 * selected, and only the lists of children that differ are replaced. A map of ten thousand
 * statements thus costs one pass over plain lists per change, not a new tree.
 */
final class OutlineItems {
    private final TreeItem<OutlineEntry> root = new TreeItem<>();
    private Map<OutlineEntry, TreeItem<OutlineEntry>> items = new HashMap<>();
    private OutlineShape shape = OutlineShape.EMPTY;

    OutlineItems() {
        root.setExpanded(true);
    }

    /** The hidden root; its children are the top lines. */
    TreeItem<OutlineEntry> root() {
        return root;
    }

    OutlineShape shape() {
        return shape;
    }

    /** The item of this line, or null if the outline has no such line. */
    TreeItem<OutlineEntry> itemOf(OutlineEntry entry) {
        return items.get(entry);
    }

    /** The item of the statement's own line, or null. */
    TreeItem<OutlineEntry> homeItemOf(String statementId) {
        OutlineEntry home = shape.homeOf(statementId);
        return home == null ? null : items.get(home);
    }

    /** Forgets every item: the next {@link #update} makes all of them afresh (another map is shown). */
    void clear() {
        root.getChildren().clear();
        items = new HashMap<>();
        shape = OutlineShape.EMPTY;
    }

    /**
     * Brings the items in line with this shape. Lines new to the outline start expanded as
     * {@code expandNew} says (following the canvas's collapsed branches).
     */
    void update(OutlineShape next, Predicate<OutlineEntry> expandNew) {
        if (items.isEmpty()) {
            build(next, expandNew);
            return;
        }
        Map<OutlineEntry, TreeItem<OutlineEntry>> nextItems = new HashMap<>(next.entries().size() * 4 / 3 + 1);
        for (OutlineEntry entry : next.entries()) {
            TreeItem<OutlineEntry> item = items.get(entry);
            if (item == null) {
                item = new TreeItem<>(entry);
                item.setExpanded(expandNew.test(entry));
            }
            nextItems.put(entry, item);
        }
        List<TreeItem<OutlineEntry>> changedParents = new ArrayList<>();
        List<List<TreeItem<OutlineEntry>>> changedChildren = new ArrayList<>();
        for (OutlineEntry entry : next.entries()) {
            collect(nextItems.get(entry), next.childrenOf(entry), nextItems, changedParents, changedChildren);
        }
        collect(root, next.roots(), nextItems, changedParents, changedChildren);
        // A list that loses an item to another list is emptied before any is filled: the item must
        // leave its old parent before it joins the new one, or leaving would take its new parent
        // away again. Other lists are replaced in one change, which the tree hears of once.
        for (TreeItem<OutlineEntry> parent : changedParents) {
            if (losesAnItemToAnother(parent, next, nextItems)) {
                parent.getChildren().clear();
            }
        }
        for (Map.Entry<OutlineEntry, TreeItem<OutlineEntry>> old : items.entrySet()) {
            if (!nextItems.containsKey(old.getKey())) {
                old.getValue().getChildren().clear();
            }
        }
        // Then fill them deepest first, the top lines last: the tree (whose selection and focus
        // models find the row of every change, a walk over the shown lines) hears of a branch only
        // once it is whole, so a new map of ten thousand lines is one change for it, not thousands.
        for (int i = changedParents.size() - 1; i >= 0; i--) {
            changedParents.get(i).getChildren().setAll(changedChildren.get(i));
        }
        items = nextItems;
        shape = next;
    }

    /**
     * The first tree of a map (the outline shown for the first time, or another map): every item
     * new, so there is nothing to compare, and each list of children is filled once, deepest
     * first, from the item just made for each line rather than looked up again.
     */
    private void build(OutlineShape next, Predicate<OutlineEntry> expandNew) {
        Map<OutlineEntry, TreeItem<OutlineEntry>> made = new HashMap<>(next.entries().size() * 4 / 3 + 1);
        List<TreeItem<OutlineEntry>> withChildren = new ArrayList<>();
        for (OutlineEntry entry : next.entries()) {
            TreeItem<OutlineEntry> item = new TreeItem<>(entry);
            item.setExpanded(expandNew.test(entry));
            made.put(entry, item);
            if (!next.childrenOf(entry).isEmpty()) {
                withChildren.add(item);
            }
        }
        // Lines come parent before child, so backwards is deepest first: the tree hears of the
        // whole map once, when the top lines join the root.
        for (int i = withChildren.size() - 1; i >= 0; i--) {
            TreeItem<OutlineEntry> parent = withChildren.get(i);
            parent.getChildren().setAll(itemsOf(next.childrenOf(parent.getValue()), made));
        }
        root.getChildren().setAll(itemsOf(next.roots(), made));
        items = made;
        shape = next;
    }

    private static List<TreeItem<OutlineEntry>> itemsOf(List<OutlineEntry> entries,
            Map<OutlineEntry, TreeItem<OutlineEntry>> made) {
        List<TreeItem<OutlineEntry>> list = new ArrayList<>(entries.size());
        for (OutlineEntry entry : entries) {
            list.add(made.get(entry));
        }
        return list;
    }

    /** Adds or takes away the one line a {@link OutlineShape#patch} changed in the shape shown. */
    void apply(OutlineShape.Patch patch, Predicate<OutlineEntry> expandNew) {
        TreeItem<OutlineEntry> parent = items.get(patch.parent());
        if (patch.added()) {
            TreeItem<OutlineEntry> item = new TreeItem<>(patch.line());
            item.setExpanded(expandNew.test(patch.line()));
            items.put(patch.line(), item);
            parent.getChildren().add(item);
        } else {
            parent.getChildren().remove(items.remove(patch.line()));
        }
    }

    private boolean losesAnItemToAnother(TreeItem<OutlineEntry> parent, OutlineShape next,
            Map<OutlineEntry, TreeItem<OutlineEntry>> nextItems) {
        for (TreeItem<OutlineEntry> child : parent.getChildren()) {
            OutlineEntry entry = child.getValue();
            if (nextItems.containsKey(entry)) {
                OutlineEntry newParent = next.parentOf(entry);
                if ((newParent == null ? root : nextItems.get(newParent)) != parent) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void collect(TreeItem<OutlineEntry> parent, List<OutlineEntry> entries,
            Map<OutlineEntry, TreeItem<OutlineEntry>> nextItems, List<TreeItem<OutlineEntry>> changedParents,
            List<List<TreeItem<OutlineEntry>>> changedChildren) {
        ObservableList<TreeItem<OutlineEntry>> now = parent.getChildren();
        boolean same = now.size() == entries.size();
        for (int i = 0; same && i < entries.size(); i++) {
            same = now.get(i) == nextItems.get(entries.get(i));
        }
        if (!same) {
            List<TreeItem<OutlineEntry>> wanted = new ArrayList<>(entries.size());
            for (OutlineEntry entry : entries) {
                wanted.add(nextItems.get(entry));
            }
            changedParents.add(parent);
            changedChildren.add(wanted);
        }
    }
}
