package org.argumap.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.Statement;

/**
 * Treating an author as a bot, or no longer: the mark goes on every statement the author wrote
 * ({@link CommentData#AUTHOR_BOT} in its data), so that it is saved with the map, travels with a
 * statement copied elsewhere, and the moderation filter can hide those statements. One step in
 * the history ("Treat AutoModerator as Bot").
 */
public final class BotMarks {
    private BotMarks() {
    }

    /** The command marking (or unmarking) every statement by this author; empty if none would change. */
    public static Optional<MapCommand> command(ArgumentMap map, String author, boolean bot) {
        String name = author.strip();
        if (name.isEmpty()) {
            throw new EditRefusedException("This statement has no author to treat as a bot.");
        }
        List<MapCommand> parts = new ArrayList<>();
        for (Statement statement : map.statements()) {
            boolean marked = "true".equals(statement.content().data().get(CommentData.AUTHOR_BOT));
            if (statement.content().author().strip().equals(name) && marked != bot) {
                parts.add(EditPropertiesCommand.statement(map, statement.id(),
                        CommentData.withBotMark(statement.content(), bot), new Object()));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CompositeCommand((bot ? "Treat " : "Stop Treating ") + name + " as Bot", parts));
    }

    /** Whether the author is marked as a bot on any of their statements. */
    public static boolean isMarked(ArgumentMap map, String author) {
        String name = author.strip();
        return !name.isEmpty() && map.statements().stream().anyMatch(s -> s.content().author().strip().equals(name)
                && "true".equals(s.content().data().get(CommentData.AUTHOR_BOT)));
    }
}
