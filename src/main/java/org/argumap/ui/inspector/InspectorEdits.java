package org.argumap.ui.inspector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.argumap.edit.ChangeTypeCommand;
import org.argumap.edit.CompositeCommand;
import org.argumap.edit.EditPropertiesCommand;
import org.argumap.edit.EditRefusedException;
import org.argumap.edit.EditTextCommand;
import org.argumap.edit.MapCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.ui.MapDocument;

/**
 * Every change the inspector makes, as one named command on the open map's history ("Edit Notes",
 * "Change to Objection", "Edit Author of 3 Boxes"). A change that changes nothing makes no step. A
 * refusal comes back as the sentence to show beside the field; the map is then as it was.
 */
final class InspectorEdits {
    private final MapDocument document;
    /** While not null, edits go to this copy directly, not to the document through its history. */
    private ArgumentMap copy;

    InspectorEdits(MapDocument document) {
        this.document = Objects.requireNonNull(document);
    }

    ArgumentMap map() {
        return copy != null ? copy : document.map();
    }

    /** Runs the edits onto a copy of the map, not the document: what autosave writes of unfinished typing. */
    void onto(ArgumentMap target, Runnable edits) {
        copy = target;
        try {
            edits.run();
        } finally {
            copy = null;
        }
    }

    /** Changes one field of a statement; the description names the field, as "Edit Notes". */
    Optional<String> statement(String id, UnaryOperator<StatementContent> change, String description) {
        Statement statement = map().statement(id);
        if (statement == null) {
            return gone();
        }
        StatementContent after = change.apply(statement.content());
        if (after.equals(statement.content())) {
            return Optional.empty();
        }
        return run(EditPropertiesCommand.statement(map(), id, after, null).named(description));
    }

    /** The statement's own words, with the same command the in-place editor uses. */
    Optional<String> text(String id, String text) {
        Statement statement = map().statement(id);
        if (statement == null) {
            return gone();
        }
        return text.equals(statement.text()) ? Optional.empty() : run(new EditTextCommand(map(), id, text));
    }

    Optional<String> inference(String id, UnaryOperator<InferenceContent> change, String description) {
        Inference inference = map().inference(id);
        if (inference == null) {
            return gone();
        }
        InferenceContent after = change.apply(inference.content());
        if (after.equals(inference.content())) {
            return Optional.empty();
        }
        return run(EditPropertiesCommand.inference(map(), id, after, null).named(description));
    }

    /** Reason ⇄ objection and the rest, named as the Argument menu names it ("Change to Objection"). */
    Optional<String> type(String inferenceId, InferenceType type) {
        Inference inference = map().inference(inferenceId);
        if (inference == null) {
            return gone();
        }
        return inference.type() == type ? Optional.empty()
                : run(ChangeTypeCommand.ofInference(map(), inferenceId, type));
    }

    /** The same change to several statements as one step, such as "Edit Author of 3 Boxes". */
    Optional<String> statements(Collection<String> ids, UnaryOperator<StatementContent> change, String description) {
        List<MapCommand> parts = new ArrayList<>();
        for (String id : ids) {
            Statement statement = map().statement(id);
            if (statement != null) {
                StatementContent after = change.apply(statement.content());
                if (!after.equals(statement.content())) {
                    parts.add(EditPropertiesCommand.statement(map(), id, after, null));
                }
            }
        }
        return parts.isEmpty() ? Optional.empty() : run(new CompositeCommand(description, parts));
    }

    private Optional<String> run(MapCommand command) {
        if (copy != null) {
            try {
                command.execute();
                return Optional.empty();
            } catch (EditRefusedException refused) {
                return Optional.of(refused.getMessage());
            }
        }
        if (document.history().isBusy()) {
            // A view asked while another command runs (a deletion clearing the selection): drop it.
            return Optional.of("The map is busy with another change; try again.");
        }
        try {
            document.history().execute(command);
            return Optional.empty();
        } catch (EditRefusedException refused) {
            return Optional.of(refused.getMessage());
        }
    }

    private static Optional<String> gone() {
        return Optional.of("This box is no longer in the map.");
    }
}
