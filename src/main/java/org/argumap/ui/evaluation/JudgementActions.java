package org.argumap.ui.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.argumap.edit.MapCommand;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Verdict;
import org.argumap.ui.MapDocument;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;

/**
 * Evaluate › Accept, Reject, Clear Judgement and Rate…, also the box menu's Judgement submenu. Each
 * is one step on the open map's history, for every selected box it applies to. Accept and Reject
 * need a selected statement; Clear and Rate take steps too.
 */
final class JudgementActions {
    static final String MENU = "Evaluate";
    static final String SUBMENU = "Judgement";
    static final KeyCombination ACCEPT_KEY = new KeyCodeCombination(KeyCode.Y, KeyCombination.ALT_DOWN);
    static final KeyCombination REJECT_KEY = new KeyCodeCombination(KeyCode.X, KeyCombination.ALT_DOWN);
    static final KeyCombination CLEAR_KEY = new KeyCodeCombination(KeyCode.C, KeyCombination.ALT_DOWN);
    static final KeyCombination RATE_KEY = new KeyCodeCombination(KeyCode.J, KeyCombination.ALT_DOWN);

    final Action accept;
    final Action reject;
    final Action clear;
    final Action rate;
    private final ObservableValue<MapDocument> documents;
    private final SelectionListener selectionListener = s -> enable();
    private Selection watched;

    /** @param rateSelected shows where the selected box's rating or strength is set, and goes there */
    JudgementActions(ObservableValue<MapDocument> documents, Runnable rateSelected) {
        this.documents = documents;
        accept = action("Accept", ACCEPT_KEY, "Accept the selected statements: they stand unless attacked",
                () -> run((map, ids) -> Judgements.verdict(map, ids, Verdict.ACCEPTED)));
        reject = action("Reject", REJECT_KEY, "Reject the selected statements: they fall",
                () -> run((map, ids) -> Judgements.verdict(map, ids, Verdict.REJECTED)));
        clear = action("Clear Judgement", CLEAR_KEY, "Take back your verdict, rating or strength on the selected boxes",
                () -> run(Judgements::clear));
        rate = action("Rate…", RATE_KEY, "Set how much you trust the selected statement, or how strong the step is",
                rateSelected);
        documents.addListener((o, old, now) -> watch(now.selection()));
        watch(documents.getValue().selection());
    }

    List<Action> items() {
        return List.of(accept, reject, clear, ActionUtils.ACTION_SEPARATOR, rate);
    }

    /** The box menu's Judgement submenu. */
    Menu submenu() {
        return menu(SUBMENU);
    }

    /** The Evaluate menu of the menu bar. */
    Menu menu() {
        return menu(MENU);
    }

    private Menu menu(String text) {
        Menu menu = new Menu(text);
        for (Action action : items()) {
            menu.getItems().add(action == ActionUtils.ACTION_SEPARATOR ? new SeparatorMenuItem()
                    : ActionUtils.createMenuItem(action));
        }
        return menu;
    }

    private void run(BiFunction<ArgumentMap, List<String>, Optional<MapCommand>> judgement) {
        MapDocument document = documents.getValue();
        List<String> ids = List.copyOf(document.selection().ids());
        judgement.apply(document.map(), ids).ifPresent(document.history()::execute);
    }

    private void watch(Selection selection) {
        if (watched != null) {
            watched.removeListener(selectionListener);
        }
        watched = selection;
        selection.addListener(selectionListener);
        enable();
    }

    private void enable() {
        MapDocument document = documents.getValue();
        boolean statements = !Judgements.statements(document.map(), document.selection().ids()).isEmpty();
        boolean any = !document.selection().isEmpty();
        accept.setDisabled(!statements);
        reject.setDisabled(!statements);
        clear.setDisabled(!any);
        rate.setDisabled(document.selection().size() != 1);
    }

    private static Action action(String text, KeyCombination key, String longText, Runnable run) {
        Action action = new Action(text, e -> run.run());
        action.setAccelerator(key);
        action.setLongText(longText + " (" + key.getDisplayText() + ")");
        return action;
    }
}
