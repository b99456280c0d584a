package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.ui.outline.OutlineEntry;
import org.junit.jupiter.api.Test;

/**
 * Opening another map whose statements have the same ids as the one before (two generated debates,
 * two versions of one file): every line the outline shows reads as a line of the new map, none is
 * left blank with the disclosure arrow of a line of the map before.
 */
class OutlineMapSwitchTest extends CanvasTestBase {

    @Test
    void anotherMapWithTheSameIdsLeavesNoBlankLines() {
        ArgumentMap first = DebateMaps.debate(300, 1);
        ArgumentMap second = DebateMaps.debate(300, 2);
        onFx(() -> {
            window.documents().adopt(MapDocument.readOnlySource(first, "first"), "");
            window.showOutline();
        });
        onFx(() -> window.outline().flush());
        assertEquals(List.of(), wrongLines(), "the first map's lines");

        onFx(() -> window.documents().adopt(MapDocument.readOnlySource(second, "second"), ""));
        onFx(() -> window.outline().flush());

        assertEquals(List.of(), wrongLines(), "lines blank or of the map before");
        String topText = onFx(() -> shownCells().get(0).getText());
        assertTrue(topText.contains(second.statement("s0").text().substring(0, 10)), topText);
    }

    @Test
    void switchingWhileTheOutlineIsHiddenAlsoLeavesNoBlankLines() {
        onFx(() -> {
            window.documents().adopt(MapDocument.readOnlySource(DebateMaps.debate(300, 1), "first"), "");
            window.showOutline();
        });
        onFx(() -> window.outline().flush());
        onFx(() -> window.showOutline()); // hides it
        onFx(() -> window.documents().adopt(MapDocument.readOnlySource(DebateMaps.debate(300, 3), "third"), ""));
        onFx(() -> window.showOutline());
        onFx(() -> window.outline().flush());

        assertEquals(List.of(), wrongLines());
    }

    @Test
    void demoThenAThreadThenTheDemoAgainLeavesNoLinesBelowTheLast() throws Exception {
        onFx(() -> window.showOutline());
        onFx(() -> window.outline().flush());
        java.nio.file.Path file = java.nio.file.Path.of("src/test/resources/thread/cookies-thread.lemmy.json");
        ArgumentMap thread = org.argumap.io.thread.LemmyThreadFormat.READER
                .read(java.nio.file.Files.readAllBytes(file), file).map();
        onFx(() -> window.documents().adopt(MapDocument.readOnlySource(thread, "cookies-thread"), "Imported thread"));
        onFx(() -> window.outline().flush());
        onFx(() -> window.showOutline()); // hides it
        onFx(() -> window.open(null));
        onFx(() -> window.showOutline());
        onFx(() -> window.outline().flush());

        assertEquals(List.of(), wrongLines());
        assertEquals(List.of(), linesBelowTheLast());
        // And back to the longer map: the rows emptied a moment ago are lines again, arrows and all.
        onFx(() -> window.documents().adopt(MapDocument.readOnlySource(thread, "cookies-thread"), "Imported thread"));
        onFx(() -> window.outline().flush());
        assertEquals(List.of(), wrongLines());
    }

    /** Cells past the last line that still show something: words or a disclosure arrow. */
    private List<String> linesBelowTheLast() {
        return onFx(() -> {
            List<String> wrong = new ArrayList<>();
            TreeView<OutlineEntry> tree = window.outline().tree();
            tree.lookupAll(".outline-cell").forEach(node -> {
                TreeCell<?> cell = (TreeCell<?>) node;
                if (cell.isVisible() && (cell.getIndex() < 0 || cell.getIndex() >= tree.getExpandedItemCount())) {
                    boolean arrow = cell.getDisclosureNode() != null && cell.getDisclosureNode().isVisible()
                            && cell.getDisclosureNode().getParent() != null;
                    if (arrow || (cell.getText() != null && !cell.getText().isBlank()) || cell.getTreeItem() != null) {
                        wrong.add("row " + cell.getIndex() + " of " + tree.getExpandedItemCount() + ": " + cell.getText()
                                + (arrow ? " with an arrow" : "") + " item " + cell.getTreeItem());
                    }
                }
            });
            return wrong;
        });
    }

    /** Each cell showing a row whose item is not the tree's item at that row, or whose words are blank. */
    private List<String> wrongLines() {
        return onFx(() -> {
            List<String> wrong = new ArrayList<>();
            TreeView<OutlineEntry> tree = window.outline().tree();
            List<TreeCell<?>> cells = shownCells();
            assertFalse(cells.isEmpty(), "the outline shows lines");
            for (TreeCell<?> cell : cells) {
                boolean sameItem = cell.getTreeItem() == tree.getTreeItem(cell.getIndex());
                boolean hasWords = cell.getText() != null && !cell.getText().isBlank();
                if (!sameItem || !hasWords) {
                    wrong.add("row " + cell.getIndex() + (sameItem ? " blank" : " holds an item of the map before"));
                } else if (!cell.getTreeItem().isLeaf() && (cell.getDisclosureNode() == null
                        || !cell.getDisclosureNode().isVisible())) {
                    wrong.add("row " + cell.getIndex() + " has lines below it but no arrow");
                }
            }
            return wrong;
        });
    }

    private List<TreeCell<?>> shownCells() {
        TreeView<OutlineEntry> tree = window.outline().tree();
        List<TreeCell<?>> cells = new ArrayList<>();
        tree.lookupAll(".outline-cell").forEach(node -> {
            TreeCell<?> cell = (TreeCell<?>) node;
            if (cell.isVisible() && cell.getIndex() >= 0 && cell.getIndex() < tree.getExpandedItemCount()) {
                cells.add(cell);
            }
        });
        cells.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
        return cells;
    }
}
