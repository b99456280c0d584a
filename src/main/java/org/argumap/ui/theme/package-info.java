/**
 * The window's themes (View › Theme): {@link org.argumap.ui.theme.WindowTheme} pairs each
 * AtlantaFX-based user-agent stylesheet with the map palette of the same name,
 * {@link org.argumap.ui.theme.ThemeController} applies the chosen one to the application and hands
 * its palette to the canvas and the outline, {@link org.argumap.ui.theme.ThemePreference} remembers
 * it between runs, and {@link org.argumap.ui.theme.ThemeMenu} is the menu. See
 * src/site/markdown/themes.md and decision 11.
 */
package org.argumap.ui.theme;
