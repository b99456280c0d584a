package org.argumap.ui.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.argumap.edit.CompositeCommand;
import org.argumap.edit.JudgementCommands;
import org.argumap.edit.MapCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.InferenceContent;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.Verdict;

/**
 * The window's judgement choices as the edit layer's {@link JudgementCommands}: one step per choice,
 * however many boxes it covers, and none when it would change nothing.
 */
final class Judgements {
    static final String ACCEPT = JudgementCommands.MARK_ACCEPTED;
    static final String REJECT = JudgementCommands.MARK_REJECTED;
    static final String CLEAR = JudgementCommands.CLEAR_JUDGEMENT;

    private Judgements() {
    }

    static Optional<MapCommand> verdict(ArgumentMap map, Collection<String> ids, Verdict verdict) {
        return JudgementCommands.verdict(map, ids, verdict);
    }

    /** Takes back verdicts, ratings and strengths alike, as one step: the menu's "Clear Judgement". */
    static Optional<MapCommand> clear(ArgumentMap map, Collection<String> ids) {
        List<MapCommand> parts = new ArrayList<>();
        JudgementCommands.verdict(map, ids, Verdict.OPEN).ifPresent(parts::add);
        JudgementCommands.rate(map, ids, StatementContent.UNRATED).ifPresent(parts::add);
        JudgementCommands.rateLinks(map, ids, InferenceContent.UNRATED).ifPresent(parts::add);
        return switch (parts.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(parts.get(0));
            default -> Optional.of(new CompositeCommand(CLEAR, parts));
        };
    }

    /** A statement's rating or a step's strength, in percent, or the UNRATED of either. */
    static Optional<MapCommand> rate(ArgumentMap map, String id, int percent) {
        if (map.statement(id) != null) {
            return JudgementCommands.rate(map, List.of(id), percent);
        }
        return JudgementCommands.rateLinks(map, List.of(id), percent);
    }

    static List<Statement> statements(ArgumentMap map, Collection<String> ids) {
        return ids.stream().map(map::statement).filter(s -> s != null).toList();
    }
}
