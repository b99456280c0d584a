package org.argumap.ui.present;

import java.util.function.Supplier;
import javafx.scene.control.ListCell;
import org.argumap.model.ArgumentMap;
import org.argumap.present.PresentationStep;

/**
 * A step in the steps list: its number, the boxes it reveals by their titles or first words, and
 * its notes' first line. Steps argument order placed after a saved order (boxes added since) are
 * marked, since they are not the teacher's yet.
 */
final class StepCell extends ListCell<PresentationStep> {
    private final Supplier<ArgumentMap> map;
    private final Supplier<Boolean> hasSavedOrder;

    StepCell(Supplier<ArgumentMap> map, Supplier<Boolean> hasSavedOrder) {
        this.map = map;
        this.hasSavedOrder = hasSavedOrder;
        setWrapText(true);
        // No width of its own: the cell takes the list's and wraps, rather than scrolling sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(PresentationStep step, boolean empty) {
        super.updateItem(step, empty);
        if (empty || step == null) {
            setText(null);
            setStyle("");
            return;
        }
        StringBuilder text = new StringBuilder().append(getIndex() + 1).append(".  ")
                .append(String.join("  ·  ", StepWords.of(map.get(), step)));
        if (!step.notes().isBlank()) {
            text.append("\n     ✎ ").append(step.notes().strip().lines().findFirst().orElse(""));
        }
        boolean added = !step.saved() && hasSavedOrder.get();
        if (added) {
            text.append("\n     (added since the order was set: shown at the end)");
        }
        setText(text.toString());
        setStyle(added ? "-fx-font-style: italic;" : "");
    }
}
