package org.argumap.ui.outline;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of the outline, on top of the tree's own (arrows move and fold, Shift and Ctrl extend
 * the selection): F2 or Enter edits the focused line, typing a character starts editing it with
 * that character, and Space folds or unfolds it, as on the canvas.
 *
 * <p>Plain letters, digits and signs are taken here and go no further: the window gives some of
 * them to menu commands ("S" classifies a reply on the canvas), and a command acting on the map
 * because the user typed a letter in the outline would be a surprise.
 */
final class OutlineKeys {
    private final OutlinePanel panel;
    private final TreeView<OutlineEntry> tree;

    OutlineKeys(OutlinePanel panel, TreeView<OutlineEntry> tree) {
        this.panel = panel;
        this.tree = tree;
    }

    void install() {
        tree.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        tree.addEventHandler(KeyEvent.KEY_TYPED, this::typed);
    }

    private void pressed(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown() && !e.isControlDown();
        if (!plain) {
            return;
        }
        if (tree.getEditingItem() != null) {
            if (isCharacterKey(e.getCode())) {
                e.consume();
            }
            return;
        }
        TreeItem<OutlineEntry> focused = tree.getFocusModel().getFocusedItem();
        KeyCode code = e.getCode();
        if ((code == KeyCode.F2 || code == KeyCode.ENTER) && !e.isShiftDown()) {
            panel.edit(focused, null);
            e.consume();
        } else if (code == KeyCode.SPACE && !e.isShiftDown()) {
            if (focused != null && !focused.isLeaf()) {
                focused.setExpanded(!focused.isExpanded());
            }
            e.consume();
        } else if (isCharacterKey(code)) {
            e.consume();
        }
    }

    private void typed(KeyEvent e) {
        String typed = e.getCharacter();
        if (tree.getEditingItem() != null || e.isShortcutDown() || e.isAltDown() || e.isControlDown() || e.isMetaDown()
                || typed.isEmpty() || typed.equals(KeyEvent.CHAR_UNDEFINED) || typed.isBlank()
                || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        panel.edit(tree.getFocusModel().getFocusedItem(), typed);
        e.consume();
    }

    private static boolean isCharacterKey(KeyCode code) {
        return code.isLetterKey() || code.isDigitKey() || code.isWhitespaceKey() && code != KeyCode.TAB
                && code != KeyCode.ENTER || switch (code) {
                    case PLUS, MINUS, EQUALS, ADD, SUBTRACT, MULTIPLY, DIVIDE, SLASH, BACK_SLASH, COMMA, PERIOD,
                            SEMICOLON, QUOTE, BACK_QUOTE, OPEN_BRACKET, CLOSE_BRACKET, DECIMAL -> true;
                    default -> false;
                };
    }
}
