package org.argumap.ui.present;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Which screen shows the presentation and which the presenter's notes, from the screens' bounds
 * alone, so the choice is tested without real screens. With one screen, both are on it (the notes
 * as a strip the presenter switches on). With several, the presentation goes where the teacher
 * chose, or else to a screen the editor is not on (the projector, as a rule), and the notes to the
 * editor's screen, or else to any other screen than the presentation's.
 *
 * @param presentation the index of the presentation's screen
 * @param presenter    the index of the presenter's screen, or -1 when there is no second screen
 */
record ScreenChoice(int presentation, int presenter) {

    /**
     * @param screens the screens' bounds, the primary screen first (as JavaFX lists them)
     * @param editor  the index of the screen the editor's window is on
     * @param chosen  the screen the teacher chose (View › Present On), or -1 for automatic; an
     *                index no longer in the list (a projector unplugged) counts as automatic
     */
    static ScreenChoice of(List<Rectangle2D> screens, int editor, int chosen) {
        int count = screens.size();
        if (count <= 1) {
            return new ScreenChoice(0, -1);
        }
        int editorScreen = editor >= 0 && editor < count ? editor : 0;
        int presentation = chosen >= 0 && chosen < count ? chosen : editorScreen == 0 ? 1 : 0;
        int presenter = presentation != editorScreen ? editorScreen : presentation == 0 ? 1 : 0;
        return new ScreenChoice(presentation, presenter);
    }

    /** The index of the screen showing most of this window area; 0 if it is on none. */
    static int screenOf(List<Rectangle2D> screens, Rectangle2D window) {
        int best = 0;
        double bestArea = 0;
        for (int i = 0; i < screens.size(); i++) {
            Rectangle2D s = screens.get(i);
            double w = Math.min(s.getMaxX(), window.getMaxX()) - Math.max(s.getMinX(), window.getMinX());
            double h = Math.min(s.getMaxY(), window.getMaxY()) - Math.max(s.getMinY(), window.getMinY());
            double area = Math.max(0, w) * Math.max(0, h);
            if (area > bestArea) {
                bestArea = area;
                best = i;
            }
        }
        return best;
    }

    boolean hasPresenterScreen() {
        return presenter >= 0;
    }
}
