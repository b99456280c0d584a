package org.argumap.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Which screen presents and which shows the notes, for one, two and three screens. */
class ScreenChoiceTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 900);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1440, 0, 1920, 1080);
    private static final Rectangle2D THIRD = new Rectangle2D(-1280, 0, 1280, 1024);

    @Test
    void oneScreenPresentsAndHasNoPresenterScreen() {
        ScreenChoice choice = ScreenChoice.of(List.of(LAPTOP), 0, -1);
        assertEquals(0, choice.presentation());
        assertFalse(choice.hasPresenterScreen());
        assertEquals(0, ScreenChoice.of(List.of(LAPTOP), 0, 3).presentation(), "a choice of a screen gone is ignored");
    }

    @Test
    void withTwoScreensThePresentationGoesWhereTheEditorIsNot() {
        assertEquals(new ScreenChoice(1, 0), ScreenChoice.of(List.of(LAPTOP, PROJECTOR), 0, -1));
        assertEquals(new ScreenChoice(0, 1), ScreenChoice.of(List.of(LAPTOP, PROJECTOR), 1, -1));
    }

    @Test
    void theTeachersChoiceWinsAndTheNotesGoElsewhere() {
        assertEquals(new ScreenChoice(0, 1), ScreenChoice.of(List.of(LAPTOP, PROJECTOR), 0, 0),
                "presenting on the editor's own screen: notes on the other");
        assertEquals(new ScreenChoice(2, 0), ScreenChoice.of(List.of(LAPTOP, PROJECTOR, THIRD), 0, 2));
    }

    @Test
    void aWindowIsOnTheScreenThatShowsMostOfIt() {
        List<Rectangle2D> screens = List.of(LAPTOP, PROJECTOR);
        assertEquals(1, ScreenChoice.screenOf(screens, new Rectangle2D(1300, 100, 800, 600)));
        assertEquals(0, ScreenChoice.screenOf(screens, new Rectangle2D(5000, 5000, 10, 10)), "off every screen: the first");
    }
}
