package org.argumap.ui.theme;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * View › Theme: one radio item per window theme, the current one checked. No shortcuts: a theme
 * is chosen once a lesson, not once a minute, and the keys are better kept for the map.
 */
public final class ThemeMenu extends Menu {
    public static final String TEXT = "Theme";

    private final ToggleGroup group = new ToggleGroup();

    public ThemeMenu(ThemeController themes) {
        super(TEXT);
        setId("theme-menu");
        for (WindowTheme theme : WindowTheme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.label());
            item.setId("theme-" + theme.mapTheme().optionName());
            item.setUserData(theme);
            item.setToggleGroup(group);
            item.setOnAction(e -> themes.choose(theme));
            getItems().add(item);
        }
        check(themes.theme());
        themes.themeProperty().addListener((o, old, now) -> check(now));
    }

    private void check(WindowTheme theme) {
        group.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == theme));
    }
}
