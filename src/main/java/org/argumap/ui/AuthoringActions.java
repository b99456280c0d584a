package org.argumap.ui;

import static org.argumap.ui.EditorActions.action;
import static org.argumap.ui.EditorActions.key;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.argumap.edit.AddChildCommand;
import org.argumap.edit.AddClaimCommand;
import org.argumap.edit.AddCoPremiseCommand;
import org.argumap.edit.AddSiblingCommand;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.CreatingCommand;
import org.argumap.edit.DemoteCommand;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.MapCommand;
import org.argumap.edit.MapStructure;
import org.argumap.edit.PromoteCommand;
import org.argumap.edit.ReorderCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapNode;
import org.argumap.model.Position;
import org.argumap.model.Statement;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.dialog.Prompts;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Building a map from the keyboard: add a claim, a reason, an objection, evidence, a sibling or a
 * linked co-premise; promote, demote and reorder; edit the text in place; delete. Each runs one
 * command of {@code org.argumap.edit} on the open map's history, so Undo names it, and is enabled
 * only when it can apply to the selected box.
 *
 * <p>A new box is selected, brought into view and opened for typing at once, so Tab, words, Enter,
 * Shift+Enter, words, Enter builds a claim with two reasons. Escape, or Enter before typing
 * anything, takes the new box away again (the add is undone, as if it had not happened); leaving
 * it any other way keeps it, empty, to be filled in later.
 *
 * <p>Refusals (promoting a main claim, a circle) are said in the status bar. The plain-key
 * shortcuts leave text fields alone ({@link PlainKey}), and no command runs while the user types
 * in another text field ({@link CommandGate}).
 */
final class AuthoringActions {
    final Action addClaim;
    /** Add Claim in the map's context menu: the claim stands where the menu was opened. */
    final Action addClaimHere;
    final Action addReason;
    final Action addObjection;
    final Action addEvidence;
    final Action addSibling;
    final Action addCoPremise;
    final Action promote;
    final Action demote;
    final Action moveUp;
    final Action moveDown;
    final Action editText;
    final Action delete;

    private final DocumentController documents;
    private final MapCanvas canvas;
    private final BranchDeletion deletion;

    AuthoringActions(DocumentController documents, MapCanvas canvas, Prompts prompts, Supplier<Window> owner) {
        this.documents = documents;
        this.canvas = canvas;
        this.deletion = new BranchDeletion(canvas, prompts, owner);
        addClaim = action("Add Claim", MaterialDesignF.FLAG_PLUS_OUTLINE,
                new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), e -> add(this::newClaim));
        addClaimHere = action("Add Claim", MaterialDesignF.FLAG_PLUS_OUTLINE, null, e -> addClaimAt(positionOf(e)));
        addReason = action("Add Reason", MaterialDesignP.PLUS_BOX_OUTLINE, PlainKey.of(KeyCode.TAB),
                e -> add(map -> underSelection(map, AddChildCommand::reason)));
        addObjection = action("Add Objection", MaterialDesignM.MINUS_BOX_OUTLINE,
                PlainKey.of(KeyCode.TAB, KeyCombination.SHIFT_DOWN),
                e -> add(map -> underSelection(map, AddChildCommand::objection)));
        addEvidence = action("Add Evidence", MaterialDesignN.NOTE_PLUS_OUTLINE, key(KeyCode.E),
                e -> add(map -> underSelection(map, AddChildCommand::evidence)));
        addSibling = action("Add Sibling", MaterialDesignP.PLUS_BOX_MULTIPLE_OUTLINE,
                PlainKey.of(KeyCode.ENTER, KeyCombination.SHIFT_DOWN),
                e -> add(map -> besideSelection(map, id -> new AddSiblingCommand(map, id, ""))));
        addCoPremise = action("Add Linked Co-Premise", MaterialDesignL.LINK_PLUS, key(KeyCode.K),
                e -> add(map -> besideSelection(map, id -> new AddCoPremiseCommand(map, id, ""))));
        promote = action("Promote", MaterialDesignF.FORMAT_INDENT_DECREASE, alt(KeyCode.LEFT),
                e -> restructure(PromoteCommand::new));
        demote = action("Demote", MaterialDesignF.FORMAT_INDENT_INCREASE, alt(KeyCode.RIGHT),
                e -> restructure(DemoteCommand::new));
        moveUp = action("Move Up", MaterialDesignA.ARROW_UP_BOLD_OUTLINE, alt(KeyCode.UP),
                e -> restructure(ReorderCommand::up));
        moveDown = action("Move Down", MaterialDesignA.ARROW_DOWN_BOLD_OUTLINE, alt(KeyCode.DOWN),
                e -> restructure(ReorderCommand::down));
        editText = action("Edit Text", MaterialDesignP.PENCIL_OUTLINE, PlainKey.of(KeyCode.F2),
                e -> editText());
        delete = action("Delete", MaterialDesignD.DELETE_OUTLINE, PlainKey.of(KeyCode.DELETE),
                e -> delete());
        // Backspace deletes too (the Delete key of Mac keyboards); only on the map, never in a field.
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && e.getTarget() == canvas && !e.isShortcutDown() && !e.isAltDown()
                    && !e.isShiftDown()) {
                delete();
                e.consume();
            }
        });
        // A double click on the map's background: Add Claim there, as from the map's context menu.
        canvas.setOnBackgroundDoubleClick(this::addClaimAt);
        OpenDocumentWatch.start(documents, this::showState);
    }

    /** The Edit menu's part: edit the selected box's text, delete the selection. */
    List<Action> editItems() {
        return List.of(editText, delete);
    }

    /** The Argument menu's part: adding boxes, then moving them in the tree. */
    List<Action> argumentItems() {
        return List.of(addClaim, addReason, addObjection, addEvidence, addSibling, addCoPremise,
                ActionUtils.ACTION_SEPARATOR, promote, demote, moveUp, moveDown);
    }

    /** The adding part of a box's context menu. */
    List<Action> addItems() {
        return List.of(addReason, addObjection, addEvidence, addSibling, addCoPremise);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }

    // ---- adding -------------------------------------------------------------------------------

    private CreatingCommand newClaim(ArgumentMap map) {
        return new AddClaimCommand(map, "", null);
    }

    /** A new main claim centred at this map point, or placed by the layout when null. */
    private void addClaimAt(Position at) {
        add(map -> new AddClaimCommand(map, "", at));
    }

    /** A box under the selected one (a statement, or a step for an undercut), or null if none is selected. */
    private CreatingCommand underSelection(ArgumentMap map, AddUnder make) {
        return selectedNode().map(node -> make.create(map, node.id(), "")).orElse(null);
    }

    private CreatingCommand besideSelection(ArgumentMap map, Function<String, CreatingCommand> make) {
        Statement selected = selectedStatement();
        return selected == null ? null : make.apply(selected.id());
    }

    @FunctionalInterface
    private interface AddUnder {
        CreatingCommand create(ArgumentMap map, String parentId, String text);
    }

    /** Runs an Add command, then selects the new box and opens it for typing. */
    private void add(Function<ArgumentMap, CreatingCommand> make) {
        if (!CommandGate.mayRun(canvas)) {
            return;
        }
        MapDocument document = documents.document();
        String selectedBefore = document.selection().primary().orElse(null);
        CreatingCommand command = make.apply(document.map());
        if (command == null || !execute(command)) {
            return;
        }
        canvas.startEditing(command.createdId(), null, () -> takeBack(document, command, selectedBefore));
    }

    /** A new box left without words goes again, and the box that was selected before is selected again. */
    private void takeBack(MapDocument document, CreatingCommand command, String selectedBefore) {
        CommandHistory history = document.history();
        // Only while the add is still the last step: nothing done since may be undone with it.
        if (documents.document() != document
                || !history.undoDescription().equals(Optional.of(command.description()))) {
            return;
        }
        history.undo();
        if (selectedBefore != null && document.map().node(selectedBefore) != null) {
            document.selection().select(selectedBefore);
        }
    }

    /** Where the context menu that fired the event was opened, on the map; null from elsewhere. */
    private Position positionOf(ActionEvent event) {
        ContextMenu menu = event.getSource() instanceof MenuItem item ? item.getParentPopup() : null;
        if (menu != null) {
            Point2D at = canvas.navigation().mapPointAt(new Point2D(menu.getAnchorX(), menu.getAnchorY()));
            return new Position(at.getX(), at.getY());
        }
        return null;
    }

    // ---- moving, editing, deleting ------------------------------------------------------------

    @FunctionalInterface
    private interface Restructure {
        MapCommand create(ArgumentMap map, String statementId);
    }

    private void restructure(Restructure make) {
        if (!CommandGate.mayRun(canvas)) {
            return;
        }
        Statement selected = selectedStatement();
        if (selected != null && execute(make.create(documents.document().map(), selected.id()))) {
            canvas.navigation().revealSelection();
        }
    }

    private void editText() {
        if (CommandGate.mayRun(canvas)) {
            Statement selected = selectedStatement();
            if (selected != null) {
                canvas.startEditing(selected.id(), null);
            }
        }
    }

    private void delete() {
        if (CommandGate.mayRun(canvas)) {
            deletion.deleteSelection(documents.document());
        }
    }

    /** Executes a command on the open map; a refusal is said in the status bar. True if it ran. */
    private boolean execute(MapCommand command) {
        try {
            documents.document().history().execute(command);
            return true;
        } catch (EditRefusedException refused) {
            canvas.announce(refused.getMessage());
            return false;
        }
    }

    // ---- state --------------------------------------------------------------------------------

    private Optional<MapNode> selectedNode() {
        MapDocument document = documents.document();
        return document.selection().primary().map(document.map()::node);
    }

    private Statement selectedStatement() {
        return selectedNode().filter(Statement.class::isInstance).map(Statement.class::cast).orElse(null);
    }

    /** Each action is enabled only where its command can apply to the selected box. */
    private void showState() {
        ArgumentMap map = documents.document().map();
        boolean node = selectedNode().isPresent();
        Statement statement = selectedStatement();
        boolean linked = statement != null && MapStructure.parentInference(map, statement) != null;
        List<Statement> siblings = statement == null ? List.of() : MapStructure.siblings(map, statement);
        int at = statement == null ? -1 : siblings.indexOf(statement);
        addReason.setDisabled(!node);
        addObjection.setDisabled(!node);
        addEvidence.setDisabled(!node);
        addSibling.setDisabled(statement == null);
        addCoPremise.setDisabled(statement == null || AddCoPremiseCommand.refusal(map, statement.id()) != null);
        promote.setDisabled(!linked);
        demote.setDisabled(at <= 0);
        moveUp.setDisabled(at <= 0);
        moveDown.setDisabled(at < 0 || at >= siblings.size() - 1);
        editText.setDisabled(statement == null);
        delete.setDisabled(documents.document().selection().isEmpty());
    }
}
