/**
 * The editor window: {@link org.argumap.ui.MainWindow} with its menus and toolbar, the open
 * {@link org.argumap.ui.MapDocument}, and {@link org.argumap.ui.DocumentController} for New, Open,
 * Save and Close. The map itself is drawn by {@link org.argumap.ui.canvas.MapCanvas}; dialogs sit
 * behind the interfaces in {@code ui.dialog} so that tests can answer them.
 */
package org.argumap.ui;
