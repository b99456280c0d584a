package org.argumap.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * Reads the shortcut sheet's menu part off the menu bar itself, so the sheet always says what the
 * menus say: every item under its menu's name, items of a submenu named "Submenu › Item", each
 * with its accelerator as the platform writes it (Ctrl+C, or ⌘C on macOS).
 */
public final class MenuShortcuts {
    private MenuShortcuts() {
    }

    /** One entry per menu item, in menu order. */
    public static List<Shortcut> of(List<Menu> menus) {
        List<Shortcut> shortcuts = new ArrayList<>();
        for (Menu menu : menus) {
            collect(plain(menu), "", menu.getItems(), shortcuts);
        }
        return shortcuts;
    }

    private static void collect(String group, String prefix, List<MenuItem> items, List<Shortcut> into) {
        for (MenuItem item : items) {
            String text = plain(item);
            if (item instanceof SeparatorMenuItem || text.isBlank()) {
                continue;
            }
            if (item instanceof Menu submenu) {
                collect(group, prefix + text + " › ", submenu.getItems(), into);
            } else {
                String keys = item.getAccelerator() == null ? "" : item.getAccelerator().getDisplayText();
                into.add(new Shortcut(group, prefix + text, keys));
            }
        }
    }

    /** A menu text may carry a mnemonic mark ("_File"), which the menu does not show. */
    private static String plain(MenuItem item) {
        String text = item.getText() == null ? "" : item.getText();
        return item.isMnemonicParsing() ? text.replaceFirst("_(?!_)", "").replace("__", "_") : text;
    }
}
