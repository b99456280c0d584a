package org.argumap.ui;

import org.controlsfx.tools.Duplicatable;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A font icon that ControlsFX can copy. One action feeds both a menu item and a toolbar button,
 * and a node can have only one parent; ControlsFX copies graphics that are {@link Duplicatable}
 * and silently drops all others.
 *
 * <p>Size and colour are the window theme's: AtlantaFX styles every icon (18 pixels, larger for a
 * projector; the text colour, light on a dark toolbar), and its stylesheet wins over values set
 * on an Ikonli icon in code anyway.
 */
final class ActionIcon extends FontIcon implements Duplicatable<ActionIcon> {

    ActionIcon(Ikon ikon) {
        super(ikon);
    }

    @Override
    public ActionIcon duplicate() {
        return new ActionIcon(getIconCode());
    }
}
