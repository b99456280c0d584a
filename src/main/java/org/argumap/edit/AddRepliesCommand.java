package org.argumap.edit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.InferenceType;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Brings comments from a newer copy of a thread into the map as one step ("Update Thread"): new
 * replies, each as an unclassified reply under what it answers, and new content for statements
 * seen before (their score, their status). The classification of what was there stays as it was.
 * Knows nothing of threads or files: the io layer works out what to add and change.
 */
public final class AddRepliesCommand extends StepwiseCommand {
    /**
     * A statement to add.
     *
     * @param key      how later replies name it as their parent
     * @param parentId the statement it answers: an id in the map, or the key of a reply added before it
     * @param content  what it says
     */
    public record Reply(String key, String parentId, StatementContent content) {
        public Reply {
            Objects.requireNonNull(key);
            Objects.requireNonNull(parentId);
            Objects.requireNonNull(content);
        }
    }

    private final List<Reply> replies;
    private final Map<String, StatementContent> changes;
    private final String description;

    public AddRepliesCommand(ArgumentMap map, List<Reply> replies, Map<String, StatementContent> changes,
            String description) {
        super(map);
        this.replies = List.copyOf(replies);
        this.changes = Map.copyOf(changes);
        this.description = Objects.requireNonNull(description);
    }

    @Override
    void perform(MapSteps steps) {
        Map<String, String> ids = new HashMap<>();
        for (Reply reply : replies) {
            String parentId = ids.getOrDefault(reply.parentId(), reply.parentId());
            Statement parent = existingStatement(parentId, "The statement a new reply answers");
            Statement added = steps.addStatement(reply.content());
            ids.put(reply.key(), added.id());
            steps.addInference(InferenceContent.of(InferenceType.REPLY), List.of(added.id()), parent.id());
        }
        changes.forEach((id, content) -> {
            existingStatement(id, "A statement to update");
            steps.updateStatement(id, content);
        });
    }

    @Override
    public String description() {
        return description;
    }
}
