package org.argumap.ui;

import org.controlsfx.tools.Duplicatable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A font icon that ControlsFX can copy. One action feeds both a menu item and a toolbar button,
 * and a node can have only one parent; ControlsFX copies graphics that are {@link Duplicatable}
 * and silently drops all others.
 */
final class ActionIcon extends FontIcon implements Duplicatable<ActionIcon> {
    private static final int SIZE = 18;

    ActionIcon(Ikon ikon) {
        super(ikon);
        setIconSize(SIZE);
    }

    @Override
    public ActionIcon duplicate() {
        ActionIcon copy = new ActionIcon(getIconCode());
        copy.setIconColor(getIconColor());
        return copy;
    }
}
