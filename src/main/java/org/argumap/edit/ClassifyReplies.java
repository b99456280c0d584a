package org.argumap.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;

/**
 * Classifies several statements at once: gives the link each hangs from one type, as one step in
 * the history named after what it did ("Classify 3 replies as Objection"), so a moderator who
 * selected a run of replies saying the same thing classifies them with one key and undoes them
 * with one Undo. Works for every {@link InferenceType}, so a new class needs nothing here.
 */
public final class ClassifyReplies {
    private ClassifyReplies() {
    }

    /**
     * The command that gives the links of these statements the type, or empty when every one has it
     * already (no empty step in the history). One statement gives the plain {@link ChangeTypeCommand}
     * ("Change to Objection"). Statements that hang from nothing are passed over, but if none hangs
     * from anything the edit is refused, saying why.
     *
     * @throws EditRefusedException when no statement bears on anything
     */
    public static Optional<MapCommand> command(ArgumentMap map, Collection<String> statementIds, InferenceType type) {
        Map<String, Statement> linked = new LinkedHashMap<>();
        Map<String, Inference> links = new LinkedHashMap<>();
        Statement unlinked = null;
        for (String id : statementIds) {
            Statement statement = map.statement(id);
            if (statement == null) {
                continue;
            }
            Inference link = MapStructure.parentInference(map, statement);
            if (link == null) {
                unlinked = unlinked == null ? statement : unlinked;
                continue;
            }
            linked.put(id, statement);
            links.putIfAbsent(link.id(), link);
        }
        if (linked.isEmpty()) {
            if (unlinked != null) {
                throw new EditRefusedException(BoxNames.quoted(unlinked)
                        + " supports or attacks nothing, so it is neither a reason nor an objection.");
            }
            throw new EditRefusedException("Select the replies to classify.");
        }
        List<MapCommand> changes = new ArrayList<>();
        for (Inference link : links.values()) {
            if (link.type() != type) {
                changes.add(ChangeTypeCommand.ofInference(map, link.id(), type));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        if (linked.size() == 1) {
            return Optional.of(changes.get(0));
        }
        return Optional.of(new CompositeCommand(description(map, linked.values(), type), changes));
    }

    /** "Classify 3 replies as Objection"; "statements" where not all came from a thread. */
    public static String description(ArgumentMap map, Collection<Statement> statements, InferenceType type) {
        boolean replies = statements.stream().allMatch(s -> CommentData.isComment(s.content())
                || MapStructure.parentInference(map, s).type() == InferenceType.REPLY);
        return "Classify " + statements.size() + (replies ? " replies" : " statements") + " as " + typeName(type);
    }

    /** The name of a type as the menus say it: "Reason", "Objection", "Rephrasing"… */
    public static String typeName(InferenceType type) {
        String change = ChangeTypeCommand.ofInference(new ArgumentMap(), "name", type).description();
        return change.startsWith("Change to ") ? change.substring("Change to ".length()) : change;
    }
}
