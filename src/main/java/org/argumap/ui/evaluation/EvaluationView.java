package org.argumap.ui.evaluation;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.ui.MapDocument;
import org.argumap.ui.SidePanelSlot;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.inspector.InspectorPanel;
import org.argumap.ui.outline.OutlinePanel;

/**
 * Which claims stand, in one window: keeps the {@link LiveEvaluation} of the open map, marks the
 * canvas and the outline after it while Evaluate › Show Evaluation is on (remembered between runs),
 * explains the selected box at the top of the inspector, and adds the judgement commands to the
 * menu bar (Evaluate) and the box menu (Judgement).
 */
public final class EvaluationView {
    public static final String SHOW_ITEM = "Show Evaluation";
    public static final KeyCombination SHOW_KEY =
            new KeyCodeCombination(KeyCode.J, KeyCombination.SHIFT_DOWN, KeyCombination.SHORTCUT_DOWN);

    private final LiveEvaluation live;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final StandingStrip strip;
    private final JudgementActions judgements;
    private final MapCanvas canvas;
    private final OutlinePanel outline;
    private final SelectionListener selectionListener = s -> refreshStrip();
    private Selection watched;

    /**
     * @param boxMenu the canvas's menu for a right click on a box, which gets a Judgement submenu
     * @param menuBar gets the Evaluate menu, Show Evaluation first, before View
     */
    public EvaluationView(ObservableValue<MapDocument> documents, MapCanvas canvas, OutlinePanel outline,
                          InspectorPanel inspector, SidePanelSlot inspectorSlot, MenuBar menuBar, ContextMenu boxMenu,
                          EvaluationPreference preference) {
        this.canvas = Objects.requireNonNull(canvas);
        this.outline = Objects.requireNonNull(outline);
        this.live = new LiveEvaluation(documents);
        this.strip = new StandingStrip(documents, live.evaluationProperty());
        this.judgements = new JudgementActions(documents, () -> {
            inspectorSlot.setShown(true);
            strip.focusRating(inspector::reveal);
        });
        inspector.addSection(strip);
        shown.set(preference.load());
        shown.addListener((o, old, now) -> {
            preference.save(now);
            show();
        });
        live.evaluationProperty().addListener((o, old, now) -> show());
        documents.addListener((o, old, now) -> watch(now.selection()));
        watch(documents.getValue().selection());
        addMenus(menuBar, boxMenu);
        show();
    }

    /** The open map's evaluation, kept up to date. */
    public LiveEvaluation live() {
        return live;
    }

    /** Evaluate › Show Evaluation. */
    public BooleanProperty shownProperty() {
        return shown;
    }


    private void show() {
        Evaluation drawn = shown.get() ? live.evaluation() : null;
        canvas.setEvaluation(drawn);
        outline.setEvaluation(drawn);
        refreshStrip();
    }

    private void refreshStrip() {
        strip.refresh();
        if (!shown.get()) {
            strip.setVisible(false);
        }
    }

    private void watch(Selection selection) {
        if (watched != null) {
            watched.removeListener(selectionListener);
        }
        watched = selection;
        selection.addListener(selectionListener);
        refreshStrip();
    }

    private void addMenus(MenuBar menuBar, ContextMenu boxMenu) {
        CheckMenuItem toggle = new CheckMenuItem(SHOW_ITEM);
        toggle.setAccelerator(SHOW_KEY);
        toggle.selectedProperty().bindBidirectional(shown);
        Menu view = menuBar.getMenus().stream().filter(m -> "View".equals(m.getText())).findFirst().orElseThrow();
        // The toggle heads the Evaluate menu rather than joining View, which in the projector theme
        // already fills an 800-pixel screen and would push View › Theme out of reach.
        Menu evaluate = judgements.menu();
        evaluate.getItems().addAll(0, List.of(toggle, new SeparatorMenuItem()));
        menuBar.getMenus().add(menuBar.getMenus().indexOf(view), evaluate);
        // After the editing and the clipboard groups, which the hand has learned to find first.
        int breaks = 0;
        int at = 0;
        while (at < boxMenu.getItems().size() && breaks < 2) {
            if (boxMenu.getItems().get(at++) instanceof SeparatorMenuItem) {
                breaks++;
            }
        }
        boxMenu.getItems().addAll(at, List.of(judgements.submenu(), new SeparatorMenuItem()));
    }

}
