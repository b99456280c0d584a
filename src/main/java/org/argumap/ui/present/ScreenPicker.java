package org.argumap.ui.present;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * View › Present On…: which screen the presentation fills, asked each time the teacher wants to
 * change it and remembered for the session. Screens are listed as they are when asked, so a
 * projector plugged in later is there.
 */
public final class ScreenPicker {
    static final String AUTOMATIC = "Automatic: a screen the editor is not on, if there is one";

    private ScreenPicker() {
    }

    /**
     * @param current the screen chosen before, or -1 for automatic
     * @return the screen's index in {@link Screen#getScreens()}, -1 for automatic; empty if cancelled
     */
    public static OptionalInt choose(Window owner, int current) {
        List<Screen> screens = Screen.getScreens();
        List<String> choices = new ArrayList<>();
        choices.add(AUTOMATIC);
        for (int i = 0; i < screens.size(); i++) {
            choices.add(describe(i, screens.get(i), owner));
        }
        String selected = current >= 0 && current < screens.size() ? choices.get(current + 1) : AUTOMATIC;
        ChoiceDialog<String> dialog = new ChoiceDialog<>(selected, choices);
        dialog.initOwner(owner);
        dialog.setTitle("Present On");
        dialog.setHeaderText("Which screen should the presentation fill?");
        dialog.setContentText("Screen:");
        return dialog.showAndWait().map(choice -> OptionalInt.of(choices.indexOf(choice) - 1)).orElse(OptionalInt.empty());
    }

    private static String describe(int index, Screen screen, Window owner) {
        Rectangle2D bounds = screen.getBounds();
        String text = "Screen " + (index + 1) + ": " + Math.round(bounds.getWidth()) + " × " + Math.round(bounds.getHeight());
        if (screen.equals(Screen.getPrimary())) {
            text += ", primary";
        }
        List<Screen> editorScreens = owner == null ? List.of()
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        if (!editorScreens.isEmpty() && editorScreens.get(0).equals(screen)) {
            text += ", the editor's";
        }
        return text;
    }
}
