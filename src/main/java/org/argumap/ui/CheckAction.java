package org.argumap.ui;

import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionCheck;

/**
 * An action shown as a check menu item (ControlsFX looks for the annotation on the action's class);
 * its selected property is the item's check mark.
 */
@ActionCheck
final class CheckAction extends Action {
    /** The item toggles the selected property itself; listen to that rather than to the action event. */
    CheckAction(String text) {
        super(text, event -> { });
    }
}
