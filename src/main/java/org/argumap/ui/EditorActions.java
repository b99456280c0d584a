package org.argumap.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.HistoryListener;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.dialog.Prompts;
import org.argumap.ui.exchange.MapExporter;
import org.argumap.ui.exchange.LinkImporter;
import org.argumap.ui.exchange.MapImporter;
import org.argumap.ui.exchange.ThreadUpdater;
import org.argumap.ui.picture.HandoutExporter;
import org.argumap.ui.picture.PictureExporter;
import org.argumap.ui.print.MapPrinter;
import org.argumap.ui.search.SearchBar;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The window's commands as ControlsFX actions: each one feeds its menu item and toolbar button,
 * so text, icon, shortcut and enabled state are set in one place. Shortcuts use the platform's
 * shortcut key (Ctrl, or Cmd on macOS).
 */
final class EditorActions {
    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    static final String VIEW_MENU = "View";

    final Action newMap;
    final Action open;
    final Action importMap;
    final Action importLink;
    final Action exportMap;
    final Action exportPicture;
    final Action exportHandout;
    final Action exportSummary;
    final Action print;
    final Action save;
    final Action saveAs;
    final Action close;
    final Action quit;
    final Action undo;
    final Action redo;
    final Action mapProperties;
    final ViewActions view;
    final ClassifyActions classify;
    final ModerationActions moderation;
    final HelpActions help;
    final SearchBar search;
    final Action find;
    final Action findNext;
    final Action findPrevious;
    final AuthoringActions authoring;

    private final HistoryListener historyListener = this::showHistory;
    private CommandHistory watched;

    EditorActions(DocumentController documents, MapImporter importer, LinkImporter links, MapExporter exporter, PictureExporter pictures,
            HandoutExporter handouts, MapPrinter printer, MapCanvas canvas, Prompts prompts, Supplier<Window> owner,
            Runnable quitApplication, ThreadUpdater threadUpdater) {
        newMap = action("New", MaterialDesignF.FILE_PLUS_OUTLINE, key(KeyCode.N), e -> documents.newMap());
        open = action("Open…", MaterialDesignF.FOLDER_OPEN_OUTLINE, key(KeyCode.O), e -> documents.open());
        importMap = action("Import…", MaterialDesignF.FILE_IMPORT_OUTLINE,
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHIFT_DOWN, SHORTCUT), e -> importer.importMap());
        importLink = action("Import from Link…", MaterialDesignL.LINK_VARIANT,
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHIFT_DOWN, SHORTCUT), e -> links.importFromLink());
        exportMap = action("Export…", MaterialDesignF.FILE_EXPORT_OUTLINE,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHIFT_DOWN, SHORTCUT), e -> exporter.exportMap());
        exportPicture = action("Export Picture…", MaterialDesignI.IMAGE_OUTLINE,
                new KeyCodeCombination(KeyCode.E, KeyCombination.ALT_DOWN, SHORTCUT), e -> pictures.exportPicture());
        exportHandout = action("Export Handout…", MaterialDesignP.PRESENTATION, null, e -> handouts.exportHandout());
        exportSummary = action("Export Thread Summary…", MaterialDesignT.TEXT_BOX_CHECK_OUTLINE, null,
                e -> exporter.summaries().exportSummary());
        print = action("Print…", MaterialDesignP.PRINTER, key(KeyCode.P), e -> printer.print());
        save = action("Save", MaterialDesignC.CONTENT_SAVE_OUTLINE, key(KeyCode.S), e -> documents.save());
        saveAs = action("Save As…", MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHIFT_DOWN, SHORTCUT), e -> documents.saveAs());
        close = action("Close", MaterialDesignC.CLOSE, key(KeyCode.W), e -> documents.close());
        quit = action("Quit", MaterialDesignE.EXIT_TO_APP, key(KeyCode.Q), e -> quitApplication.run());
        undo = action("Undo", MaterialDesignU.UNDO, key(KeyCode.Z), e -> documents.undo());
        redo = action("Redo", MaterialDesignR.REDO,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHIFT_DOWN, SHORTCUT), e -> documents.redo());
        mapProperties = action("Map Properties…", MaterialDesignI.INFORMATION_OUTLINE, null,
                e -> documents.editMapProperties());
        view = new ViewActions(documents, canvas, owner);
        classify = new ClassifyActions(documents, canvas);
        moderation = new ModerationActions(documents, canvas, threadUpdater, classify.keys(), owner);
        help = new HelpActions(canvas);
        search = new SearchBar(canvas, documents.documentProperty().map(MapDocument::map));
        find = action("Find…", MaterialDesignM.MAGNIFY, key(KeyCode.F), e -> search.focusField());
        findNext = action("Find Next", MaterialDesignC.CHEVRON_DOWN, new KeyCodeCombination(KeyCode.F3),
                e -> search.findNext());
        findPrevious = action("Find Previous", MaterialDesignC.CHEVRON_UP,
                new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), e -> search.findPrevious());
        authoring = new AuthoringActions(documents, canvas, prompts, owner);
        undo.longTextProperty().bind(undo.textProperty());
        redo.longTextProperty().bind(redo.textProperty());
        documents.documentProperty().addListener((o, old, now) -> watch(now.history()));
        watch(documents.document().history());
    }

    /** The menu bar's menus, in order. */
    List<Action> menus() {
        return List.of(
                new ActionGroup("File", newMap, open, ActionUtils.ACTION_SEPARATOR, save, saveAs,
                        ActionUtils.ACTION_SEPARATOR, importMap, importLink, exportMap, exportPicture, exportHandout,
                        exportSummary,
                        ActionUtils.ACTION_SEPARATOR, print, ActionUtils.ACTION_SEPARATOR, close,
                        ActionUtils.ACTION_SEPARATOR, quit),
                new ActionGroup("Edit", join(List.of(undo, redo, ActionUtils.ACTION_SEPARATOR),
                        view.clipboard.items(), List.of(ActionUtils.ACTION_SEPARATOR), authoring.editItems(),
                        List.of(ActionUtils.ACTION_SEPARATOR), view.editItems(),
                        List.of(ActionUtils.ACTION_SEPARATOR, find, findNext, findPrevious,
                                ActionUtils.ACTION_SEPARATOR, mapProperties))),
                new ActionGroup("Argument", join(authoring.argumentItems(), List.of(ActionUtils.ACTION_SEPARATOR),
                        view.feedbackItems(), List.of(ActionUtils.ACTION_SEPARATOR), classify.items())),
                new ActionGroup(ModerationActions.MENU, moderation.items()),
                new ActionGroup(VIEW_MENU, view.viewItems()),
                new ActionGroup("Help", help.items()));
    }

    /** The toolbar: files, history, the commonest authoring commands for the mouse, then the view. */
    List<Action> toolbar() {
        return join(List.of(newMap, open, save, ActionUtils.ACTION_SEPARATOR, undo, redo,
                ActionUtils.ACTION_SEPARATOR, authoring.addClaim, authoring.addReason, authoring.addObjection,
                authoring.addEvidence, authoring.delete, ActionUtils.ACTION_SEPARATOR), view.toolbarItems());
    }

    /** The menu for a right click on a box: editing it first, then the view's commands. */
    ContextMenu boxMenu() {
        return view.boxMenu(join(List.of(authoring.editText), authoring.addItems(),
                List.of(classify.flip, moderation.merge, moderation.treatAsBot, authoring.delete)));
    }

    /** The menu for a right click on the map's background. */
    ContextMenu backgroundMenu() {
        return view.backgroundMenu(List.of(authoring.addClaimHere));
    }

    @SafeVarargs
    private static List<Action> join(List<Action>... parts) {
        List<Action> all = new ArrayList<>();
        for (List<Action> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** Undo and Redo follow the open map's history: enabled only when possible, named after the step. */
    private void watch(CommandHistory history) {
        if (watched != null) {
            watched.removeListener(historyListener);
        }
        watched = history;
        history.addListener(historyListener);
        showHistory(history);
    }

    private void showHistory(CommandHistory history) {
        undo.setText(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        undo.setDisabled(!history.canUndo());
        redo.setText(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        redo.setDisabled(!history.canRedo());
    }

    static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, SHORTCUT);
    }

    static Action action(String text, Ikon icon, KeyCombination accelerator, Consumer<ActionEvent> handler) {
        Action action = new Action(text, handler);
        action.setGraphic(new ActionIcon(icon));
        action.setAccelerator(accelerator);
        action.setLongText(accelerator == null ? text : text + " (" + accelerator.getDisplayText() + ")");
        return action;
    }
}
