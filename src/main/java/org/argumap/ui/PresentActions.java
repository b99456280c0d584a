package org.argumap.ui;

import static org.argumap.ui.EditorActions.action;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.present.PresentationMode;
import org.argumap.ui.present.PresentationStepsWindow;
import org.argumap.ui.present.ScreenPicker;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The View menu's presentation commands: Present (F5) shows the open map full screen, step by
 * step; Present On… chooses the screen for the rest of the session; Presentation Steps… sets the
 * order and the presenter's notes. Presenting leaves the editor as it is, and comes back to it.
 */
final class PresentActions {
    final Action present;
    final Action presentOn;
    final Action steps;

    private final DocumentController documents;
    private final MapCanvas canvas;
    private final Supplier<Window> owner;
    private final PresentationMode mode = new PresentationMode();
    private PresentationStepsWindow stepsWindow;
    /** The screen the teacher chose for this session, or -1: automatic. */
    private int chosenScreen = -1;

    PresentActions(DocumentController documents, MapCanvas canvas, Supplier<Window> owner) {
        this.documents = documents;
        this.canvas = canvas;
        this.owner = owner;
        present = action("Present", MaterialDesignP.PRESENTATION_PLAY, new KeyCodeCombination(KeyCode.F5),
                e -> present(0));
        present.setLongText("Present the map full screen, step by step (F5; Esc leaves)");
        presentOn = action("Present On…", MaterialDesignM.MONITOR_SHARE, null, e -> chooseScreen());
        steps = action("Presentation Steps…", MaterialDesignP.PRESENTATION, null, e -> showSteps());
        present.disabledProperty().bind(mode.presentingProperty());
        documents.documentProperty().addListener((o, old, now) -> {
            if (stepsWindow != null) {
                stepsWindow.show(now.map(), now.history(), now.selection(), now.name());
            }
        });
    }

    /** The View menu's part. */
    List<Action> items() {
        return List.of(present, presentOn, steps);
    }

    PresentationMode mode() {
        return mode;
    }

    /** The steps window, made on first use. */
    PresentationStepsWindow stepsWindow() {
        if (stepsWindow == null) {
            stepsWindow = new PresentationStepsWindow(owner.get(), this::present, documents::undo, documents::redo);
            MapDocument document = documents.document();
            stepsWindow.show(document.map(), document.history(), document.selection(), document.name());
        }
        return stepsWindow;
    }

    /** Presents the open map from this position: 0 the overview, then steps from 1. */
    private void present(int position) {
        MapDocument document = documents.document();
        Window editor = owner.get();
        mode.start(document.map(), document.name(), canvas.layoutStyle(), editor, chosenScreen, () -> {
            if (editor != null) {
                editor.requestFocus();
            }
            canvas.requestFocus();
        });
        if (position > 0) {
            mode.goTo(position);
        }
    }

    private void chooseScreen() {
        ScreenPicker.choose(owner.get(), chosenScreen).ifPresent(choice -> chosenScreen = choice);
    }

    private void showSteps() {
        stepsWindow().open();
    }
}
