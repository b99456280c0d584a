package org.argumap.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceContent;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;
import org.argumap.model.StatementKind;
import org.argumap.model.Verdict;

/**
 * The user's judgements as undoable steps: a verdict or a rating for the selected statements, a
 * strength for the selected links. Each is a content swap ({@link EditPropertiesCommand}), so undo
 * restores the content exactly; several boxes at once are one {@link CompositeCommand}, one step.
 *
 * <p>Ids that are not of the right kind (an inference in a selection of statements) are passed
 * over, as are boxes that already hold the value, so that no step in the history changes nothing:
 * when nothing would change the factories give no command at all.
 */
public final class JudgementCommands {
    public static final String MARK_ACCEPTED = "Mark Accepted";
    public static final String MARK_REJECTED = "Mark Rejected";
    public static final String CLEAR_JUDGEMENT = "Clear Judgement";
    public static final String CLEAR_RATING = "Clear Rating";
    public static final String CLEAR_LINK_RATING = "Clear Link Rating";

    private JudgementCommands() {
    }

    public static Optional<MapCommand> markAccepted(ArgumentMap map, Collection<String> statementIds) {
        return verdict(map, statementIds, Verdict.ACCEPTED);
    }

    public static Optional<MapCommand> markRejected(ArgumentMap map, Collection<String> statementIds) {
        return verdict(map, statementIds, Verdict.REJECTED);
    }

    /** Leaves the statements open again; their ratings stay, being a judgement of another kind. */
    public static Optional<MapCommand> clearJudgement(ArgumentMap map, Collection<String> statementIds) {
        return verdict(map, statementIds, Verdict.OPEN);
    }

    /** "Mark Accepted", "Mark Rejected" or "Clear Judgement" for these statements. */
    public static Optional<MapCommand> verdict(ArgumentMap map, Collection<String> statementIds, Verdict verdict) {
        Objects.requireNonNull(verdict);
        String description = switch (verdict) {
            case ACCEPTED -> MARK_ACCEPTED;
            case REJECTED -> MARK_REJECTED;
            case OPEN -> CLEAR_JUDGEMENT;
        };
        return statements(map, statementIds, c -> c.withVerdict(verdict), description);
    }

    /**
     * Rates the statements ("Rate Evidence 80 %", "Rate Claim 80 %", "Rate 3 Statements 80 %"), or
     * with {@link StatementContent#UNRATED} takes their ratings away ("Clear Rating").
     *
     * @throws IllegalArgumentException when {@code percent} is neither 0 to 100 nor unrated
     */
    public static Optional<MapCommand> rate(ArgumentMap map, Collection<String> statementIds, int percent) {
        requirePercent(percent);
        List<Statement> statements = statementIds.stream().map(map::statement).filter(Objects::nonNull).toList();
        String description;
        if (percent == StatementContent.UNRATED) {
            description = CLEAR_RATING;
        } else if (statements.size() == 1) {
            description = (statements.get(0).content().kind() == StatementKind.EVIDENCE ? "Rate Evidence " : "Rate Claim ")
                    + percent + " %";
        } else {
            description = "Rate " + statements.size() + " Statements " + percent + " %";
        }
        return statements(map, statementIds, c -> c.withRating(percent), description);
    }

    /**
     * Sets how strongly the links' premises bear on their targets ("Rate Link 60 %", "Rate 2 Links
     * 60 %"), or with {@link InferenceContent#UNRATED} takes the strength away ("Clear Link Rating").
     *
     * @throws IllegalArgumentException when {@code percent} is neither 0 to 100 nor unrated
     */
    public static Optional<MapCommand> rateLinks(ArgumentMap map, Collection<String> inferenceIds, int percent) {
        requirePercent(percent);
        List<MapCommand> parts = new ArrayList<>();
        for (String id : inferenceIds) {
            Inference inference = map.inference(id);
            if (inference != null && inference.content().strength() != percent) {
                parts.add(EditPropertiesCommand.inference(map, id, inference.content().withStrength(percent), null));
            }
        }
        long links = inferenceIds.stream().map(map::inference).filter(Objects::nonNull).count();
        String description = percent == InferenceContent.UNRATED ? CLEAR_LINK_RATING
                : links == 1 ? "Rate Link " + percent + " %" : "Rate " + links + " Links " + percent + " %";
        return step(parts, description);
    }

    private static Optional<MapCommand> statements(ArgumentMap map, Collection<String> ids,
                                                   UnaryOperator<StatementContent> change, String description) {
        List<MapCommand> parts = new ArrayList<>();
        for (String id : ids) {
            Statement statement = map.statement(id);
            if (statement != null) {
                StatementContent after = change.apply(statement.content());
                if (!after.equals(statement.content())) {
                    parts.add(EditPropertiesCommand.statement(map, id, after, null));
                }
            }
        }
        return step(parts, description);
    }

    /** One box is a plain named edit; several are one composite, so that one Undo takes them all back. */
    private static Optional<MapCommand> step(List<MapCommand> parts, String description) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.size() == 1) {
            return Optional.of(((EditPropertiesCommand) parts.get(0)).named(description));
        }
        return Optional.of(new CompositeCommand(description, parts));
    }

    private static void requirePercent(int percent) {
        if (percent != StatementContent.UNRATED && (percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("a rating is a percentage from 0 to 100, or unrated: " + percent);
        }
    }
}
