package org.argumap.ui.inspector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * The inspector's keyboard: Tab and Shift+Tab go through the fields in the order they are shown,
 * top to bottom, also out of multi-line fields (where Tab would otherwise type a tab character),
 * and round from the last to the first; Escape puts back the map's value of a field with typed
 * changes, and otherwise returns to the map. Undo and Redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) in a
 * field with nothing typed undo and redo the map, as everywhere else in the window; with something
 * typed they undo the typing, as in any text field. Before any other shortcut of the window (Ctrl+S
 * to save, Ctrl+W to close) the typed text is applied, so that Save saves what the user sees.
 */
final class InspectorKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_TOO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    /** Shortcuts a text field uses itself: select all, the clipboard, moving by words. */
    private static final Set<KeyCode> TEXT_KEYS = EnumSet.of(KeyCode.A, KeyCode.C, KeyCode.V, KeyCode.X,
            KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN, KeyCode.HOME, KeyCode.END, KeyCode.BACK_SPACE,
            KeyCode.DELETE, KeyCode.INSERT);

    private final Region panel;
    private final Parent form;
    private final ScrollPane scroll;
    private final Supplier<List<FieldEditor>> editors;
    private final Runnable backToMap;
    private final Runnable undo;
    private final Runnable redo;

    InspectorKeys(Region panel, Parent form, ScrollPane scroll, Supplier<List<FieldEditor>> editors,
            Runnable backToMap, Runnable undo, Runnable redo) {
        this.panel = panel;
        this.form = form;
        this.scroll = scroll;
        this.editors = editors;
        this.backToMap = Objects.requireNonNull(backToMap);
        this.undo = Objects.requireNonNull(undo);
        this.redo = Objects.requireNonNull(redo);
        panel.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    void focusFirst() {
        List<Node> order = focusOrder();
        if (!order.isEmpty()) {
            focus(order.get(0));
        }
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            move(e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && escape()) {
            e.consume();
        } else if ((UNDO.match(e) || REDO.match(e) || REDO_TOO.match(e)) && !typing()) {
            (UNDO.match(e) ? undo : redo).run();
            e.consume();
        } else if (e.isShortcutDown() && !e.getCode().isModifierKey() && !TEXT_KEYS.contains(e.getCode())
                && !UNDO.match(e) && !REDO.match(e) && !REDO_TOO.match(e)) {
            focusedEditor().ifPresent(FieldEditor::commitIfDirty);
        }
    }

    /** Whether the focused field holds typed text that is not the map's yet. */
    private boolean typing() {
        return focusedEditor().map(FieldEditor::isDirty).orElse(false);
    }

    private Optional<FieldEditor> focusedEditor() {
        Node owner = panel.getScene() == null ? null : panel.getScene().getFocusOwner();
        return editors.get().stream().filter(f -> contains(f.control(), owner)).findFirst();
    }

    private void move(int direction) {
        List<Node> order = focusOrder();
        if (order.isEmpty()) {
            return;
        }
        int at = indexOfFocused(order);
        int next = at < 0 ? (direction > 0 ? 0 : order.size() - 1) : Math.floorMod(at + direction, order.size());
        focus(order.get(next));
    }

    /** True when Escape was used here; an open drop-down list closes first, by itself. */
    private boolean escape() {
        Node owner = panel.getScene() == null ? null : panel.getScene().getFocusOwner();
        if (owner instanceof ComboBox<?> box && box.isShowing()) {
            return false;
        }
        Optional<FieldEditor> editor = focusedEditor();
        if (editor.isPresent() && (editor.get().isDirty() || editor.get().hasMessage())) {
            editor.get().revert();
        } else {
            backToMap.run();
        }
        return true;
    }

    private int indexOfFocused(List<Node> order) {
        Node owner = panel.getScene() == null ? null : panel.getScene().getFocusOwner();
        for (int i = 0; i < order.size(); i++) {
            if (contains(order.get(i), owner)) {
                return i;
            }
        }
        return -1;
    }

    /** The controls that take the focus, in the order they are shown; not what is inside them. */
    private List<Node> focusOrder() {
        List<Node> order = new ArrayList<>();
        collect(form, order);
        return order;
    }

    private static void collect(Node node, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable()) {
            order.add(node);
        } else if (node instanceof Parent parent && !(node instanceof Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, order);
            }
        }
    }

    private static boolean contains(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void focus(Node node) {
        node.requestFocus();
        scrollIntoView(node);
    }

    /** Scrolls the panel so this node (a message that just appeared) is in view. */
    void reveal(Node node) {
        panel.applyCss();
        panel.layout();
        scrollIntoView(node);
    }

    private void scrollIntoView(Node node) {
        double content = form.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        Bounds bounds = form.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * (content - viewport);
        if (bounds.getMinY() < top) {
            top = bounds.getMinY();
        } else if (bounds.getMaxY() > top + viewport) {
            top = bounds.getMaxY() - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, top / (content - viewport))));
    }
}
