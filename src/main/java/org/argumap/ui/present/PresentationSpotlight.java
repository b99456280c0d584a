package org.argumap.ui.present;

import org.argumap.present.StepCursor;
import org.argumap.ui.canvas.Spotlight;

/**
 * The canvas's view of a presentation: what later steps reveal is hidden, what earlier steps
 * revealed recedes, the current step's boxes are drawn as usual. At the overview all is shown.
 */
final class PresentationSpotlight implements Spotlight {
    private StepCursor cursor;

    PresentationSpotlight(StepCursor cursor) {
        this.cursor = cursor;
    }

    void setCursor(StepCursor value) {
        cursor = value;
    }

    @Override
    public boolean isHidden(String statementId) {
        return cursor.isHidden(statementId);
    }

    @Override
    public boolean isReceded(String statementId) {
        return !cursor.atOverview() && cursor.revealedAt(statementId) > 0 && !cursor.isHidden(statementId)
                && !cursor.isFocused(statementId);
    }
}
