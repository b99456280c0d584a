/**
 * The inspector: a side panel with the properties of the selected box, to read and to edit
 * ({@link org.argumap.ui.inspector.InspectorPanel}); the window docks it at the right of the map
 * with {@link org.argumap.ui.SidePanelSlot}.
 *
 * <p>The form is built by hand rather than with ControlsFX's {@code PropertySheet}: the sheet shows
 * every property alike in one table, while the inspector needs groups that appear only where they
 * apply (source fields for evidence, the link a box hangs from), multi-line fields that apply on
 * Enter like the in-place editor, a message under a refused value, a link beside the address, and
 * labels that screen readers tie to their fields. Each field edit is one named command
 * ({@link org.argumap.ui.inspector.InspectorEdits}).
 */
package org.argumap.ui.inspector;
