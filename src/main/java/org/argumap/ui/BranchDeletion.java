package org.argumap.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.argumap.edit.DeleteCommand;
import org.argumap.edit.DeletionPlan;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.ui.canvas.MapCanvas;
import org.argumap.ui.dialog.Prompts;

/**
 * Edit › Delete: removes the selection and what only hangs from it ({@link DeletionPlan}), one
 * undoable step. When that is more than was selected, a whole branch, it asks first ("Delete
 * “Homework helps” and the 7 statements below it?"); a single box goes without a question, since
 * Undo brings it back.
 *
 * <p>Afterwards the keyboard user keeps a place in the map: the sibling before the deleted box is
 * selected, else the one after it, else the box it bore on.
 */
final class BranchDeletion {
    static final String UNDO_NOTE = "Undo brings them back.";
    private static final int QUOTE_LENGTH = 40;

    private final MapCanvas canvas;
    private final Prompts prompts;
    private final Supplier<Window> owner;

    BranchDeletion(MapCanvas canvas, Prompts prompts, Supplier<Window> owner) {
        this.canvas = canvas;
        this.prompts = prompts;
        this.owner = owner;
    }

    void deleteSelection(MapDocument document) {
        ArgumentMap map = document.map();
        List<String> selected = List.copyOf(document.selection().ids());
        if (selected.isEmpty()) {
            return;
        }
        DeleteCommand command = new DeleteCommand(map, selected);
        DeletionPlan plan = command.plan();
        if (plan.isEmpty() || plan.takesBranch() && !prompts.confirmDelete(owner.get(), question(map, selected, plan),
                UNDO_NOTE)) {
            return;
        }
        Statement next = document.selection().primary().map(map::node)
                .map(primary -> nextSelection(map, primary, plan)).orElse(null);
        try {
            document.history().execute(command);
        } catch (EditRefusedException refused) {
            canvas.announce(refused.getMessage());
            return;
        }
        if (next != null) {
            document.selection().select(next.id());
            canvas.navigation().revealSelection();
        }
    }

    /** "Delete “X” and the 7 statements below it?", or for several, "Delete the 3 selected … and the 7 below them?". */
    static String question(ArgumentMap map, List<String> selected, DeletionPlan plan) {
        int below = plan.statementCount() - plan.selectedStatements();
        String statements = below == 1 ? "statement" : "statements";
        if (plan.selectedStatements() == 1 && selected.size() == 1) {
            return "Delete " + quoted(map.statement(selected.get(0))) + " and the " + below + " "
                    + statements + " below it?";
        }
        if (plan.selectedStatements() == 0) {
            return "Delete the selected connection and the " + below + " " + statements + " that hang from it?";
        }
        return "Delete the " + plan.selectedStatements() + " selected statements and the " + below + " " + statements
                + " below them?";
    }

    /** The sibling before the deleted box, else the one after, else what it bore on; one that stays. */
    private static Statement nextSelection(ArgumentMap map, MapNode primary, DeletionPlan plan) {
        Set<String> going = new HashSet<>(plan.statementIds());
        if (primary instanceof Statement statement) {
            List<Statement> siblings = MapStructure.siblings(map, statement);
            int at = siblings.indexOf(statement);
            for (int i = at - 1; i >= 0; i--) {
                if (!going.contains(siblings.get(i).id())) {
                    return siblings.get(i);
                }
            }
            for (int i = at + 1; i < siblings.size(); i++) {
                if (!going.contains(siblings.get(i).id())) {
                    return siblings.get(i);
                }
            }
        }
        Set<MapNode> seen = new HashSet<>(); // a circle of reasons has no top
        for (MapNode up = MapStructure.parent(map, primary); up != null && seen.add(up); up = MapStructure.parent(map, up)) {
            if (up instanceof Statement statement && !going.contains(statement.id())) {
                return statement;
            }
        }
        return null;
    }

    /** A box's words for a question, “shortened to about forty characters…”. */
    static String quoted(Statement statement) {
        String words = statement.text().isBlank() ? statement.title() : statement.text();
        String line = words.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return "the empty box";
        }
        if (line.length() > QUOTE_LENGTH) {
            int space = line.lastIndexOf(' ', QUOTE_LENGTH - 1);
            line = line.substring(0, space > QUOTE_LENGTH / 2 ? space : QUOTE_LENGTH - 1) + "…";
        }
        return "“" + line + "”";
    }
}
