package org.argumap.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import org.argumap.edit.AddChildCommand;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.MapStructure;
import org.argumap.edit.Selection;
import org.argumap.model.ArgumentMap;
import org.argumap.model.DebateMaps;
import org.argumap.model.Statement;
import org.argumap.ui.outline.OutlineEntry;
import org.argumap.ui.outline.OutlinePanel;
import org.junit.jupiter.api.Test;

/** A debate of ten thousand statements in the outline: every statement has its line, and edits change lines, not the tree. */
class OutlineLargeMapTest extends CanvasTestBase {

    @Test
    void editsOnALargeMapChangeOnlyTheLinesTheyTouch() {
        ArgumentMap big = DebateMaps.debate(10_000, 7);
        CommandHistory history = new CommandHistory();
        Selection selection = new Selection();
        onFx(() -> {
            window.showOutline();
            canvas().show(big, history, selection);
            outline().show(big, history, selection);
        });
        List<String> withoutLine = onFx(() -> big.statements().stream().map(Statement::id)
                .filter(id -> outline().itemOf(id) == null).toList());
        assertEquals(List.of(), withoutLine, "every statement has a line");
        TreeItem<OutlineEntry> s5 = onFx(() -> outline().itemOf("s5"));
        TreeItem<OutlineEntry> far = onFx(() -> outline().itemOf("s9000"));
        onFx(() -> outline().itemOf("s7").setExpanded(false));

        onFx(() -> history.execute(AddChildCommand.reason(big, "s5", "A new reason")));
        onFx(() -> outline().flush());

        assertSame(s5, onFx(() -> outline().itemOf("s5")));
        assertSame(far, onFx(() -> outline().itemOf("s9000")));
        assertFalse(onFx(() -> outline().itemOf("s7").isExpanded()), "a folded line stays folded");
        List<Statement> children = MapStructure.children(big, big.statement("s5"));
        String added = children.get(children.size() - 1).id();
        assertEquals("s5", onFx(() -> outline().itemOf(added).getParent().getValue().statementId()));

        onFx(() -> selection.select("s9000"));
        assertSame(far, onFx(() -> outline().tree().getSelectionModel().getSelectedItem()));
        assertTrue(onFx(() -> outline().tree().lookupAll(".outline-cell").stream()
                .anyMatch(cell -> ((TreeCell<?>) cell).getTreeItem() == far && cell.isVisible())),
                "the tree scrolled to the selected line");
    }

    private OutlinePanel outline() {
        return window.outline();
    }
}
