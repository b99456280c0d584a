package org.argumap.edit;

import java.util.Objects;
import java.util.Optional;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.MapNode;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * The inspector's edit: replaces a statement's or an inference's whole content (kind, title, text,
 * author, tags, notes, source fields, data; or an inference's type, flavour, title, description,
 * scheme, author). Edits of one element under the same session token (one focus of a text field)
 * merge into one step, as typing does in {@link EditTextCommand}. {@link #named} gives the step a name
 * that says which field changed ("Edit Notes"), for the Undo menu item.
 */
public final class EditPropertiesCommand implements MapCommand {
    public static final String DESCRIPTION = "Edit Properties";

    private final ArgumentMap map;
    private final String id;
    /** A {@link StatementContent} or an {@link InferenceContent}: the two kinds of element content. */
    private final Record after;
    private final Object session;
    private final String description;
    private Record before;

    private EditPropertiesCommand(ArgumentMap map, String id, Record after, Object session, String description) {
        this.map = Objects.requireNonNull(map);
        this.id = Objects.requireNonNull(id);
        this.after = Objects.requireNonNull(after);
        this.session = session;
        this.description = Objects.requireNonNull(description);
    }

    public static EditPropertiesCommand statement(ArgumentMap map, String statementId, StatementContent content,
                                                  Object session) {
        return new EditPropertiesCommand(map, statementId, content, session, DESCRIPTION);
    }

    public static EditPropertiesCommand inference(ArgumentMap map, String inferenceId, InferenceContent content,
                                                  Object session) {
        return new EditPropertiesCommand(map, inferenceId, content, session, DESCRIPTION);
    }

    /** The same edit, not yet executed, under another name: "Edit Notes" rather than "Edit Properties". */
    public EditPropertiesCommand named(String newDescription) {
        return new EditPropertiesCommand(map, id, after, session, newDescription);
    }

    @Override
    public void execute() {
        MapNode node = map.node(id);
        if (node == null) {
            throw new EditRefusedException("The box being edited is no longer in the map.");
        }
        if (after instanceof InferenceContent content && node instanceof Inference inference
                && inference.premises().isEmpty() && !content.hasOwnWords()) {
            throw new EditRefusedException("An argument without premises needs a title or a description.");
        }
        if (before == null) {
            before = node instanceof Statement s ? s.content() : ((Inference) node).content();
        }
        apply(after);
    }

    @Override
    public void undo() {
        apply(before);
    }

    private void apply(Record content) {
        if (content instanceof StatementContent statementContent) {
            map.updateStatement(id, statementContent);
        } else {
            map.updateInference(id, (InferenceContent) content);
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Optional<MapCommand> mergedWith(MapCommand next) {
        if (session != null && next instanceof EditPropertiesCommand edit && edit.session == session && edit.map == map
                && edit.id.equals(id)) {
            EditPropertiesCommand merged = new EditPropertiesCommand(map, id, edit.after, session, description);
            merged.before = before;
            return Optional.of(merged);
        }
        return Optional.empty();
    }
}
