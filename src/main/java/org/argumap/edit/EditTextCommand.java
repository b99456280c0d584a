package org.argumap.edit;

import java.util.Objects;
import java.util.Optional;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Replaces a statement's text, leaving the rest of its content alone.
 *
 * <p>The inline editor may send one command per keystroke so the map (and its layout) follows the
 * typing live; commands carrying the same session token (any object standing for one editing
 * session, compared by identity, as {@link MoveBoxCommand}'s gesture) and statement merge, so a
 * whole session undoes in one step, back to the text before the session. A null session never
 * merges.
 */
public final class EditTextCommand implements MapCommand {
    public static final String DESCRIPTION = "Edit Text";

    private final ArgumentMap map;
    private final String statementId;
    private final String text;
    private final Object session;
    private StatementContent before;

    /** An edit that stands alone in the history. */
    public EditTextCommand(ArgumentMap map, String statementId, String text) {
        this(map, statementId, text, null);
    }

    public EditTextCommand(ArgumentMap map, String statementId, String text, Object session) {
        this.map = Objects.requireNonNull(map);
        this.statementId = Objects.requireNonNull(statementId);
        this.text = Objects.requireNonNull(text);
        this.session = session;
    }

    private EditTextCommand(EditTextCommand first, EditTextCommand last) {
        this(first.map, first.statementId, last.text, first.session);
        this.before = first.before;
    }

    public String statementId() {
        return statementId;
    }

    public String text() {
        return text;
    }

    @Override
    public void execute() {
        Statement statement = map.statement(statementId);
        if (statement == null) {
            throw new EditRefusedException("The statement being edited is no longer in the map.");
        }
        if (before == null) {
            before = statement.content();
        }
        // From the content before the session, so a redo after other undone edits lands the same.
        map.updateStatement(statementId, before.withText(text));
    }

    @Override
    public void undo() {
        map.updateStatement(statementId, before);
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public Optional<MapCommand> mergedWith(MapCommand next) {
        if (session != null && next instanceof EditTextCommand edit && edit.session == session && edit.map == map
                && edit.statementId.equals(statementId)) {
            return Optional.of(new EditTextCommand(this, edit));
        }
        return Optional.empty();
    }
}
