package org.argumap.analysis.summary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.argumap.analysis.MapChecker;
import org.argumap.analysis.Problem;
import org.argumap.analysis.evaluation.Evaluation;
import org.argumap.analysis.evaluation.Label;
import org.argumap.analysis.feedback.Feedback;
import org.argumap.analysis.feedback.Finding;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.MapNode;
import org.argumap.model.Role;
import org.argumap.model.Statement;

/**
 * Chooses what a thread summary says. Only classified replies take part: unclassified replies,
 * off-topic ones and deleted or removed comments appear in the counts alone.
 *
 * <p>"Strongest" is the statement's strength in the map's evaluation (DF-QuAD: what supports and
 * attacks it, and the moderator's ratings), then the site's score, then the order of the thread;
 * in a freshly classified thread most strengths are alike, so the score often decides.
 */
public final class ThreadSummaries {
    /** The keys the thread readers store on each comment (io's {@code ThreadMapBuilder}). */
    static final String SCORE = CommentData.SCORE;
    static final String STATUS = CommentData.STATUS;

    private ThreadSummaries() {
    }

    /** The summary of this map, judged by this evaluation of it. */
    public static ThreadSummary of(ArgumentMap map, Evaluation evaluation) {
        Objects.requireNonNull(map);
        Objects.requireNonNull(evaluation);
        return new Chooser(map, evaluation).choose();
    }

    /** Deleted or removed on the site: the words are gone, whatever stands in their place. */
    static boolean isGone(Statement statement) {
        String status = statement.content().data().get(STATUS);
        if (status != null && !status.isBlank()) {
            return true;
        }
        String text = statement.text().strip();
        return text.isEmpty() || text.equals("[deleted]") || text.equals("[removed]");
    }

    private static final class Chooser {
        private final ArgumentMap map;
        private final Evaluation evaluation;
        private final Map<Statement, Integer> order = new HashMap<>();

        Chooser(ArgumentMap map, Evaluation evaluation) {
            this.map = map;
            this.evaluation = evaluation;
            int i = 0;
            for (Statement statement : map.statements()) {
                order.put(statement, i++);
            }
        }

        ThreadSummary choose() {
            List<Statement> mainClaims = map.mainClaims();
            Statement post = mainClaims.isEmpty() ? null : mainClaims.get(0);
            List<Statement> reasons = new ArrayList<>();
            List<Statement> objections = new ArrayList<>();
            sides(mainClaims, reasons, objections);
            String standing = post == null ? "" : evaluation.label(post.id()).word();
            return new ThreadSummary(post == null ? null : item(post), standing, ranked(reasons), ranked(objections),
                    ranked(unanswered()), repeated(), counts());
        }

        /**
         * Which side of the post each classified comment argues, down from the main claims: a
         * reason keeps the side of what it supports, an objection takes the other (so a rebuttal
         * of an objection is for the post), an undercut the other side from the step it disputes.
         * Unclassified and off-topic replies end a branch: what hangs under them argues for
         * nothing known. Breadth first, so the order is closest to the post first.
         */
        private void sides(List<Statement> mainClaims, List<Statement> forPost, List<Statement> againstPost) {
            Map<MapNode, Boolean> side = new HashMap<>();
            Deque<MapNode> open = new ArrayDeque<>();
            for (Statement claim : mainClaims) {
                side.put(claim, true);
                open.add(claim);
            }
            while (!open.isEmpty()) {
                MapNode node = open.poll();
                boolean nodeSide = side.get(node);
                for (Inference into : map.inferencesInto(node)) {
                    boolean argues;
                    if (into.type() == InferenceType.SUPPORT) {
                        argues = nodeSide;
                    } else if (into.type() == InferenceType.ATTACK) {
                        argues = !nodeSide;
                    } else {
                        continue;
                    }
                    if (side.putIfAbsent(into, argues) == null) {
                        open.add(into);
                    }
                    for (Statement premise : into.premises()) {
                        if (side.putIfAbsent(premise, argues) == null) {
                            open.add(premise);
                            if (!isGone(premise)) {
                                (argues ? forPost : againstPost).add(premise);
                            }
                        }
                    }
                }
            }
        }

        /** The feedback's unanswered objections whose own words stand and are still there. */
        private List<Statement> unanswered() {
            Set<Statement> found = new LinkedHashSet<>();
            for (Finding finding : Feedback.of(map, evaluation)) {
                if (!finding.code().equals(Feedback.UNANSWERED_OBJECTION)) {
                    continue;
                }
                for (String id : finding.ids()) {
                    Statement premise = map.statement(id);
                    // The finding names the premises, then the attack and what it attacks: only premises feed the attack.
                    if (premise != null && !isGone(premise) && feedsAttack(premise)
                            && evaluation.label(premise.id()) == Label.IN) {
                        found.add(premise);
                    }
                }
            }
            return new ArrayList<>(found);
        }

        private boolean feedsAttack(Statement statement) {
            return map.inferencesFrom(statement).stream().anyMatch(i -> i.type() == InferenceType.ATTACK);
        }

        /**
         * Said several times: a statement with the rephrasings classified under it, and the copies
         * {@code check} finds written word for word; each group by its first wording.
         */
        private List<SummaryItem> repeated() {
            Map<Statement, Set<Statement>> groups = new LinkedHashMap<>();
            for (Inference inference : map.inferences()) {
                if (inference.type() == InferenceType.REPHRASE && inference.target() instanceof Statement said
                        && !isGone(said)) {
                    Set<Statement> group = groups.computeIfAbsent(said, s -> new LinkedHashSet<>(List.of(s)));
                    inference.premises().stream().filter(p -> !isGone(p)).forEach(group::add);
                }
            }
            for (Problem problem : MapChecker.check(map)) {
                if (!problem.code().equals(MapChecker.DUPLICATE_STATEMENT)) {
                    continue;
                }
                List<Statement> copies = problem.ids().stream().map(map::statement).filter(Objects::nonNull)
                        .filter(s -> !isGone(s) && isClassified(s)).toList();
                if (copies.size() > 1 && copies.stream().noneMatch(groups::containsKey)) {
                    groups.put(copies.get(0), new LinkedHashSet<>(copies));
                }
            }
            List<SummaryItem> items = new ArrayList<>();
            // Duplicates the moderator merged: one statement now, every author named on it.
            for (Statement statement : map.statements()) {
                String merged = statement.content().data().getOrDefault(CommentData.MERGED_SOURCE_IDS, "");
                if (!merged.isBlank() && !groups.containsKey(statement) && !isGone(statement) && isClassified(statement)) {
                    SummaryItem kept = item(statement);
                    List<String> authors = Arrays.stream(statement.author().split(","))
                            .map(String::strip).filter(name -> !name.isEmpty()).toList();
                    items.add(new SummaryItem(kept.statementId(), kept.text(), authors, kept.url(), kept.score(),
                            kept.strength()));
                }
            }
            for (Map.Entry<Statement, Set<Statement>> group : groups.entrySet()) {
                if (group.getValue().size() < 2) {
                    continue;
                }
                List<String> authors = group.getValue().stream().map(s -> s.author().strip()).toList();
                SummaryItem first = item(group.getKey());
                items.add(new SummaryItem(first.statementId(), first.text(), authors, first.url(), first.score(),
                        first.strength()));
            }
            items.sort(Comparator.comparingInt(SummaryItem::times).reversed()
                    .thenComparing(Comparator.comparingDouble(SummaryItem::strength).reversed()));
            return items;
        }

        /** A reason, objection or rephrasing: what the moderator made something of. */
        private boolean isClassified(Statement statement) {
            return switch (map.roleOf(statement)) {
                case REASON, OBJECTION, REBUTTAL, UNDERCUTTER, REPHRASING -> true;
                case MAIN_CLAIM -> true;
                case REPLY, OFF_TOPIC -> false;
            };
        }

        private SummaryCounts counts() {
            int comments = 0;
            int reasons = 0;
            int objections = 0;
            int rephrasings = 0;
            int offTopic = 0;
            int unclassified = 0;
            int deleted = 0;
            Set<String> participants = new LinkedHashSet<>();
            for (Statement statement : map.statements()) {
                String author = statement.author().strip();
                if (!author.isEmpty() && !(author.startsWith("[") && author.endsWith("]"))) {
                    participants.add(author);
                }
                Role role = map.roleOf(statement);
                if (role == Role.MAIN_CLAIM) {
                    continue;
                }
                comments++;
                if (isGone(statement)) {
                    deleted++;
                }
                switch (role) {
                    case REASON -> reasons++;
                    case OBJECTION, REBUTTAL, UNDERCUTTER -> objections++;
                    case REPHRASING -> rephrasings++;
                    case OFF_TOPIC -> offTopic++;
                    case REPLY -> unclassified++;
                    case MAIN_CLAIM -> { }
                }
            }
            return new SummaryCounts(comments, reasons, objections, rephrasings, offTopic, unclassified, deleted,
                    participants.size());
        }

        private List<SummaryItem> ranked(List<Statement> statements) {
            List<Statement> unique = new ArrayList<>(new LinkedHashSet<>(statements));
            unique.sort(Comparator.comparingDouble((Statement s) -> evaluation.strength(s.id())).reversed()
                    .thenComparing(Comparator.comparingLong(Chooser::scoreOrLowest).reversed())
                    .thenComparingInt(order::get));
            return unique.stream().map(this::item).toList();
        }

        private SummaryItem item(Statement statement) {
            String author = statement.author().strip();
            String text = statement.title().isBlank() || statement.text().isBlank() ? statement.text() + statement.title()
                    : statement.title();
            return new SummaryItem(statement.id(), text, author.isEmpty() ? List.of() : List.of(author),
                    statement.content().url(), score(statement), evaluation.strength(statement.id()));
        }

        private static Long score(Statement statement) {
            String score = statement.content().data().get(SCORE);
            if (score == null) {
                return null;
            }
            try {
                return Long.parseLong(score.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static long scoreOrLowest(Statement statement) {
            Long score = score(statement);
            return score == null ? Long.MIN_VALUE : score;
        }
    }
}
