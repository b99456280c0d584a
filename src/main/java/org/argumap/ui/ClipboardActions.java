package org.argumap.ui;

import static org.argumap.ui.EditorActions.action;
import static org.argumap.ui.EditorActions.key;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.argumap.edit.CutCommand;
import org.argumap.edit.DuplicateCommand;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.PasteCommand;
import org.argumap.edit.Selection;
import org.argumap.edit.SelectionListener;
import org.argumap.edit.clipboard.FragmentExtractor;
import org.argumap.edit.clipboard.MapFragment;
import org.argumap.ui.canvas.MapCanvas;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Cut, Copy, Paste and Duplicate of the selected statements with their branches, through the
 * system clipboard, within one map and between maps (decision 0006): a copy puts Argumap's map
 * JSON and an indented outline on the clipboard; Paste prefers the JSON and otherwise reads any
 * text as an outline, under the selected box or, with nothing selected, as new main claims. The
 * pasted (or duplicated) statements become the selection and are brought into view.
 *
 * <p>While a text field has the focus (search, inspector, the in-place editor) these commands are
 * disabled, so Ctrl+C, Ctrl+X and Ctrl+V stay the field's own: JavaFX gives the key to the field
 * first, but on macOS the system menu bar would fire its item as well (a paste would land twice).
 * The enabled state of Paste follows the clipboard, which other programs change while the window
 * is in the background: it is checked again when the window or a control gains the focus and when
 * a menu opens.
 */
final class ClipboardActions {
    final Action cut;
    final Action copy;
    final Action paste;
    final Action duplicate;

    private final DocumentController documents;
    private final MapCanvas canvas;
    private final MapClipboard clipboard;
    /** Takes the clipboard's text when it is a thread's link; true if it did. */
    private Predicate<String> threadLinks = text -> false;
    private final SelectionListener selectionListener = s -> showSelectionState();
    private final ChangeListener<Object> refresh = (o, old, now) -> showState();
    private Selection watched;

    ClipboardActions(DocumentController documents, MapCanvas canvas, MapClipboard clipboard) {
        this.documents = documents;
        this.canvas = canvas;
        this.clipboard = clipboard;
        cut = action("Cut", MaterialDesignC.CONTENT_CUT, key(KeyCode.X), e -> cut());
        copy = action("Copy", MaterialDesignC.CONTENT_COPY, key(KeyCode.C), e -> copy());
        paste = action("Paste", MaterialDesignC.CONTENT_PASTE, key(KeyCode.V), e -> paste());
        duplicate = action("Duplicate", MaterialDesignC.CONTENT_DUPLICATE, key(KeyCode.D), e -> duplicate());
        documents.documentProperty().addListener((o, old, now) -> watch(now.selection()));
        watch(documents.document().selection());
        canvas.sceneProperty().addListener((o, old, scene) -> watchScene(scene));
    }

    /** Paste of a thread's link (and nothing of a map) imports the thread instead: File › Import from Link. */
    void onThreadLink(Predicate<String> importer) {
        threadLinks = importer;
    }

    /** The Edit menu's and the box menu's clipboard commands. */
    List<Action> items() {
        return List.of(cut, copy, paste, duplicate);
    }

    /** Makes a context menu check the clipboard again as it opens, so its Paste item is right. */
    ContextMenu refreshedOnShowing(ContextMenu menu) {
        menu.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> showState());
        return menu;
    }

    /** Checks the selection, the focus and the clipboard again, for a menu about to open. */
    void refresh() {
        showState();
    }

    private void copy() {
        MapFragment fragment = selectedFragment();
        if (fragment == null) {
            return;
        }
        ClipboardFragments.put(clipboard, fragment);
        canvas.announce("Copied " + ClipboardFragments.statements(fragment.statements().size())
                + " to the clipboard.");
        showState();
    }

    private void cut() {
        if (typing() || selection().isEmpty()) {
            return;
        }
        MapDocument document = documents.document();
        try {
            CutCommand command = new CutCommand(document.map(), List.copyOf(document.selection().ids()));
            if (command.fragment().isEmpty()) {
                return;
            }
            document.history().execute(command);
            ClipboardFragments.put(clipboard, command.fragment());
            canvas.announce("Cut " + ClipboardFragments.statements(command.fragment().statements().size())
                    + " to the clipboard.");
        } catch (EditRefusedException e) {
            canvas.announce(e.getMessage());
        }
        showState();
    }

    private void paste() {
        if (typing()) {
            return;
        }
        Optional<String> text = clipboard.mapJson().isEmpty() ? clipboard.text() : Optional.empty();
        if (text.isPresent() && threadLinks.test(text.get())) {
            return;
        }
        MapDocument document = documents.document();
        try {
            MapFragment fragment = ClipboardFragments.read(clipboard);
            String target = document.selection().primary().filter(document.map()::contains).orElse(null);
            PasteCommand command = target == null
                    ? PasteCommand.asMainClaims(document.map(), fragment, null)
                    : PasteCommand.under(document.map(), fragment, target, null);
            document.history().execute(command);
            if (target != null && document.map().statement(target) != null
                    && canvas.folding().isCollapsed(target)) {
                canvas.folding().toggle(target); // what was pasted under it would be out of sight
            }
            show(command.pastedIds());
            canvas.announce("Pasted " + ClipboardFragments.statements(fragment.statements().size()) + ".");
        } catch (EditRefusedException e) {
            canvas.announce(e.getMessage());
        }
    }

    private void duplicate() {
        if (typing() || selection().isEmpty()) {
            return;
        }
        MapDocument document = documents.document();
        try {
            DuplicateCommand command = new DuplicateCommand(document.map(), List.copyOf(document.selection().ids()));
            document.history().execute(command);
            show(command.copyIds());
        } catch (EditRefusedException e) {
            canvas.announce(e.getMessage());
        }
    }

    /** The selection with its branches, or null when there is nothing to copy. */
    private MapFragment selectedFragment() {
        if (typing() || selection().isEmpty()) {
            return null;
        }
        MapDocument document = documents.document();
        MapFragment fragment = FragmentExtractor.extract(document.map(), List.copyOf(document.selection().ids()));
        return fragment.isEmpty() ? null : fragment;
    }

    private void show(List<String> ids) {
        if (!ids.isEmpty()) {
            selection().selectOnly(ids);
            canvas.navigation().revealSelection();
        }
    }

    private Selection selection() {
        return documents.document().selection();
    }

    /**
     * Whether a text field has the focus: its own clipboard keys apply, not the map's.
     */
    private boolean typing() {
        Scene scene = canvas.getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        return focused instanceof TextInputControl;
    }

    private void watch(Selection selection) {
        if (watched != null) {
            watched.removeListener(selectionListener);
        }
        watched = selection;
        selection.addListener(selectionListener);
        showState();
    }

    /** The canvas joins the window's scene once; from then on focus changes may change the state. */
    private void watchScene(Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener(refresh);
            scene.windowProperty().addListener((o, old, window) -> watchWindow(old, window));
            watchWindow(null, scene.getWindow());
        }
        showState();
    }

    private void watchWindow(Window old, Window window) {
        if (old != null) {
            old.focusedProperty().removeListener(refresh);
        }
        if (window != null) {
            window.focusedProperty().addListener(refresh);
        }
    }

    private void showState() {
        showSelectionState();
        // Asking the system clipboard may wait for the program that owns it: not on every selection change.
        paste.setDisabled(typing() || !clipboard.hasPasteable());
    }

    private void showSelectionState() {
        boolean none = typing() || selection().ids().stream().noneMatch(documents.document().map()::contains);
        cut.setDisabled(none);
        copy.setDisabled(none);
        duplicate.setDisabled(none);
    }
}
