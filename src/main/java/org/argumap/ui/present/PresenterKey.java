package org.argumap.ui.present;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * What a key does during a presentation. Presenter clickers send Page Down and Page Up (some send
 * arrows, or B for black); keyboards add the arrows, Space, Enter and Backspace, as in slide
 * software, so whatever a teacher reaches for works.
 */
enum PresenterKey {
    NEXT, PREVIOUS, FIRST, LAST, OVERVIEW, LASER, NOTES, BLACK, LEAVE, NONE;

    static PresenterKey of(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return NONE;
        }
        return of(e.getCode());
    }

    static PresenterKey of(KeyCode code) {
        return switch (code) {
            case RIGHT, DOWN, SPACE, PAGE_DOWN, ENTER, KP_RIGHT, KP_DOWN -> NEXT;
            case LEFT, UP, BACK_SPACE, PAGE_UP, KP_LEFT, KP_UP -> PREVIOUS;
            case HOME -> FIRST;
            case END -> LAST;
            case O -> OVERVIEW;
            case L -> LASER;
            case N -> NOTES;
            case B, PERIOD -> BLACK;
            case ESCAPE -> LEAVE;
            default -> NONE;
        };
    }
}
