package org.argumap.ui.theme;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.argumap.render.MapPalette;
import org.argumap.render.MapTheme;

/**
 * The window's theme: applied as the application's user-agent stylesheet, so that every window and
 * dialog wears it, handed as a palette to whatever draws the map, and remembered for the next run.
 * The theme last chosen is applied as soon as this is made, before any window shows, so the
 * editor never flashes light before it turns dark.
 *
 * <p>Exports ask {@link #mapThemeProperty()} for the map's look, so a picture matches the screen.
 */
public final class ThemeController {
    private final ThemePreference preference;
    private final ReadOnlyObjectWrapper<WindowTheme> theme;
    private final ObservableValue<MapTheme> mapTheme;

    /** Applies the remembered theme; on the JavaFX thread, as every change of stylesheet must be. */
    public ThemeController(ThemePreference preference) {
        this.preference = Objects.requireNonNull(preference);
        this.theme = new ReadOnlyObjectWrapper<>(this, "theme", preference.load());
        this.mapTheme = theme.map(WindowTheme::mapTheme);
        apply(theme.get());
    }

    public ReadOnlyObjectProperty<WindowTheme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public WindowTheme theme() {
        return theme.get();
    }

    /** The map's look in the window's theme: what the canvas draws in, and what exports should use. */
    public ObservableValue<MapTheme> mapThemeProperty() {
        return mapTheme;
    }

    public MapTheme mapTheme() {
        return theme.get().mapTheme();
    }

    /** View › Theme: wears the theme now and remembers it. */
    public void choose(WindowTheme value) {
        Objects.requireNonNull(value);
        if (value != theme.get()) {
            apply(value);
            theme.set(value);
        }
        preference.save(value);
    }

    /** Hands the palette to something that draws the map, now and after every change of theme. */
    public void paint(Consumer<MapPalette> target) {
        target.accept(theme.get().mapTheme().palette());
        theme.addListener((o, old, now) -> target.accept(now.mapTheme().palette()));
    }

    private static void apply(WindowTheme value) {
        Application.setUserAgentStylesheet(value.userAgentStylesheet());
    }
}
