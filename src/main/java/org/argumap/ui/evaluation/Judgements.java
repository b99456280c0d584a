package org.argumap.ui.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.argumap.edit.CompositeCommand;
import org.argumap.edit.EditPropertiesCommand;
import org.argumap.edit.MapCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;

/**
 * The user's judgements as edits: a verdict or a rating for statements, a strength for steps. One
 * command per choice, however many boxes it covers, named for the Undo item ("Undo Mark
 * Accepted"); empty when it would change nothing, so that no empty step is recorded.
 */
final class Judgements {
    static final String ACCEPT = "Mark Accepted";
    static final String REJECT = "Mark Rejected";
    static final String CLEAR = "Clear Judgement";
    static final String RATE = "Rate";
    static final String STRENGTH = "Set Strength";

    private Judgements() {
    }

    static Optional<MapCommand> verdict(ArgumentMap map, Collection<String> ids, Verdict verdict) {
        String name = switch (verdict) {
            case ACCEPTED -> ACCEPT;
            case REJECTED -> REJECT;
            case OPEN -> "Mark Open";
        };
        List<MapCommand> parts = new ArrayList<>();
        for (Statement statement : statements(map, ids)) {
            StatementContent content = statement.content();
            if (content.verdict() != verdict) {
                parts.add(EditPropertiesCommand.statement(map, statement.id(), content.withVerdict(verdict), null)
                        .named(name));
            }
        }
        return one(name, parts);
    }

    /** Takes back verdicts, ratings and strengths alike. */
    static Optional<MapCommand> clear(ArgumentMap map, Collection<String> ids) {
        List<MapCommand> parts = new ArrayList<>();
        for (String id : ids) {
            if (map.statement(id) != null && map.statement(id).content().isJudged()) {
                StatementContent content = map.statement(id).content();
                parts.add(EditPropertiesCommand.statement(map, id,
                        content.withVerdict(Verdict.OPEN).withRating(StatementContent.UNRATED), null).named(CLEAR));
            } else if (map.inference(id) != null && map.inference(id).content().strength() != InferenceContent.UNRATED) {
                InferenceContent content = map.inference(id).content();
                parts.add(EditPropertiesCommand.inference(map, id, content.withStrength(InferenceContent.UNRATED), null)
                        .named(CLEAR));
            }
        }
        return one(CLEAR, parts);
    }

    /** A statement's rating or a step's strength, in percent, or the UNRATED of either. */
    static Optional<MapCommand> rate(ArgumentMap map, String id, int percent) {
        Statement statement = map.statement(id);
        if (statement != null && statement.content().rating() != percent) {
            return Optional.of(EditPropertiesCommand.statement(map, id, statement.content().withRating(percent), null)
                    .named(RATE));
        }
        Inference inference = map.inference(id);
        if (inference != null && inference.content().strength() != percent) {
            return Optional.of(EditPropertiesCommand.inference(map, id, inference.content().withStrength(percent), null)
                    .named(STRENGTH));
        }
        return Optional.empty();
    }

    static List<Statement> statements(ArgumentMap map, Collection<String> ids) {
        return ids.stream().map(map::statement).filter(s -> s != null).toList();
    }

    private static Optional<MapCommand> one(String name, List<MapCommand> parts) {
        return switch (parts.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(parts.get(0));
            default -> Optional.of(new CompositeCommand(name, parts));
        };
    }
}
