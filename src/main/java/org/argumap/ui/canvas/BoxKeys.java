package org.argumap.ui.canvas;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;

/**
 * The plain keys that act on the selected box while the map has the focus.
 *
 * <ul>
 *   <li>Arrow keys walk the map's structure ({@link MapStructure}), not the screen: Up goes to the
 *       box the selected one bears on, Down to its first reason or objection, Left and Right to
 *       its siblings. Boxes folded away are skipped; the view follows the selection. With nothing
 *       selected, any arrow selects the first main claim.</li>
 *   <li>Enter starts editing the selected box's text in place; so does typing a character, which
 *       becomes the start of the new text — except the view's own keys {@code + - = 0 ?} and
 *       Space.</li>
 * </ul>
 * Keys pressed in the in-place editor never get here: it keeps them (see {@link InlineEditor}).
 */
final class BoxKeys {
    /** Typed characters that are the view's keys (zoom, fit, the shortcut sheet), not the start of a text. */
    static final String VIEW_KEYS = "+-=0?";
    private static final String NOTHING_SELECTED = "Select a box to edit it, or press Ctrl+Enter to add a claim.";

    private final MapCanvas view;

    BoxKeys(MapCanvas view) {
        this.view = view;
    }

    void install() {
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        view.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    private void pressed(KeyEvent e) {
        if (e.getTarget() != view || e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        switch (e.getCode()) {
            case ENTER -> {
                if (e.isShiftDown()) {
                    return; // Add Sibling, a menu shortcut.
                }
                edit(null);
            }
            case UP, KP_UP, DOWN, KP_DOWN, LEFT, KP_LEFT, RIGHT, KP_RIGHT -> walk(e.getCode());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void typed(KeyEvent e) {
        if (e.getTarget() != view || e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        String typed = e.getCharacter();
        if (typed.isEmpty() || KeyEvent.CHAR_UNDEFINED.equals(typed)) {
            return;
        }
        int first = typed.codePointAt(0);
        if (Character.isISOControl(first) || Character.isWhitespace(first) || VIEW_KEYS.indexOf(first) >= 0) {
            return;
        }
        edit(typed);
        e.consume();
    }

    private void edit(String initialText) {
        Statement selected = view.selection().primary().map(view.map()::statement).orElse(null);
        if (selected == null) {
            view.announce(NOTHING_SELECTED);
        } else {
            view.startEditing(selected.id(), initialText);
        }
    }

    private void walk(KeyCode key) {
        ArgumentMap map = view.map();
        MapNode current = view.selection().primary().map(map::node).orElse(null);
        Statement next = current == null ? firstTop(map) : switch (key) {
            case UP, KP_UP -> up(map, current);
            case DOWN, KP_DOWN -> firstShown(MapStructure.children(map, current));
            case LEFT, KP_LEFT -> sibling(map, current, -1);
            default -> sibling(map, current, 1);
        };
        if (next != null) {
            view.selection().select(next.id());
            view.navigation().revealSelection();
        }
    }

    /** The statement this node bears on; for an undercut, the claim the undercut step leads to. */
    private Statement up(ArgumentMap map, MapNode node) {
        MapNode parent = MapStructure.parent(map, node);
        while (parent != null && !(parent instanceof Statement)) {
            parent = MapStructure.parent(map, parent);
        }
        return parent != null && shown(parent) ? (Statement) parent : null;
    }

    private Statement sibling(ArgumentMap map, MapNode node, int step) {
        if (!(node instanceof Statement statement)) {
            return null;
        }
        List<Statement> siblings = MapStructure.siblings(map, statement);
        for (int i = siblings.indexOf(statement) + step; i >= 0 && i < siblings.size(); i += step) {
            if (shown(siblings.get(i))) {
                return siblings.get(i);
            }
        }
        return null;
    }

    private Statement firstTop(ArgumentMap map) {
        Statement claim = firstShown(map.mainClaims());
        return claim != null ? claim : firstShown(map.statements().stream()
                .filter(s -> map.inferencesFrom(s).isEmpty()).toList());
    }

    private Statement firstShown(List<Statement> candidates) {
        return candidates.stream().filter(this::shown).findFirst().orElse(null);
    }

    /** Whether the box is drawn: not folded away in a collapsed branch. */
    private boolean shown(MapNode node) {
        return view.geometry().rectOf(node.id()) != null;
    }
}
