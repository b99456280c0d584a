/**
 * Help for the editor window: the keyboard-shortcut sheet ({@link org.argumap.ui.help.ShortcutSheet}),
 * built from the menu bar as it is and a small table of the keys and gestures that are not menu
 * accelerators, and the About dialog.
 */
package org.argumap.ui.help;
