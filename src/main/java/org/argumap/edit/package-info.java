/**
 * Editing a map: every change is a {@link org.argumap.edit.MapCommand} executed through one
 * {@link org.argumap.edit.CommandHistory} per open map, which gives undo, redo and the
 * unsaved-changes flag. Pure Java: no JavaFX, so commands can be tested and scripted without a
 * window.
 *
 * <p>One small command per user action, each named for the Edit menu ("Undo Add Objection"):
 * adding ({@code AddClaimCommand}, {@code AddChildCommand}, {@code AddSiblingCommand},
 * {@code AddCoPremiseCommand}), moving in the tree ({@code PromoteCommand}, {@code DemoteCommand},
 * {@code ReorderCommand}), editing ({@code EditTextCommand}, {@code EditPropertiesCommand},
 * {@code ChangeTypeCommand}), connecting ({@code ConnectCommand}, {@code JoinCoPremisesCommand}),
 * removing ({@code DeleteCommand} with its {@code DeletionPlan}), and the clipboard
 * ({@code CutCommand}, {@code PasteCommand}, {@code DuplicateCommand}, with fragments from
 * {@link org.argumap.edit.clipboard}). Layout: {@code MoveBoxCommand} places a box, {@code RelayoutCommand}
 * gives boxes (all, or a branch) back to the automatic layout. Commands that make a box tell its id
 * ({@code CreatingCommand}) so the UI can select it and start editing.
 *
 * <p>What the user may not do is refused with an {@link org.argumap.edit.EditRefusedException}
 * carrying one sentence to show: from a factory when the map already rules the command out (a
 * main claim has no link to toggle), otherwise from {@code execute}, always before anything
 * changed. Most commands record their model calls as they make them ({@code StepwiseCommand}),
 * so undo and redo are exact by construction; see decision 6 in {@code src/site/markdown/decisions}.
 */
package org.argumap.edit;
