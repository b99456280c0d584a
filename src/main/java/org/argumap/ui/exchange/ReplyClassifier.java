package org.argumap.ui.exchange;

import java.util.function.Predicate;
import org.argumap.edit.ChangeTypeCommand;
import org.argumap.edit.CommandHistory;
import org.argumap.edit.MapStructure;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * The moderator's one key per comment: gives the link a statement hangs from a type, through the
 * history so that Undo names it ("Undo Change to Objection"), and says which statement to select
 * next. Classifying a reply moves on to the next reply still waiting, so a thread is worked through
 * without the mouse; classifying anything else stays put, since in an ordinary map a key that
 * also moves the selection would surprise.
 */
public final class ReplyClassifier {
    private ReplyClassifier() {
    }

    /**
     * Classifies the statement's link as {@code type} and returns the statement to select: the next
     * unclassified reply after it, or the statement itself. A link that has the type already is
     * left alone (no empty step in the history), but a reply still moves on.
     *
     * @throws org.argumap.edit.EditRefusedException for a statement that hangs from nothing
     */
    public static Statement classify(ArgumentMap map, CommandHistory history, Statement statement, InferenceType type) {
        return classify(map, history, statement, type, shown -> true);
    }

    /** As {@link #classify(ArgumentMap, CommandHistory, Statement, InferenceType)}, moving only to statements {@code shown} accepts. */
    public static Statement classify(ArgumentMap map, CommandHistory history, Statement statement, InferenceType type,
            Predicate<Statement> shown) {
        boolean wasReply = ReplyQueue.isUnclassified(map, statement);
        ChangeTypeCommand command = ChangeTypeCommand.ofStatement(map, statement.id(), type);
        Inference link = MapStructure.parentInference(map, statement);
        if (link.type() != type) {
            history.execute(command);
        }
        return afterwards(map, statement, wasReply, shown);
    }

    /**
     * The reason-or-objection key of the editing issue: a reason becomes an objection, anything
     * else a reason. The selection stays, so pressing it again flips the link back.
     */
    public static Statement toggle(ArgumentMap map, CommandHistory history, Statement statement) {
        history.execute(ChangeTypeCommand.toggle(map, statement.id()));
        return statement;
    }

    private static Statement afterwards(ArgumentMap map, Statement statement, boolean wasReply,
            Predicate<Statement> shown) {
        if (!wasReply) {
            return statement;
        }
        Statement next = ReplyQueue.next(map, statement, shown);
        return next == null ? statement : next;
    }
}
