package org.argumap.analysis.moderation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentData;
import org.argumap.model.Inference;
import org.argumap.model.Statement;
import org.argumap.model.StatementContent;

/**
 * Which replies the moderator hides from view: those scoring below a minimum, those nested deeper
 * than a depth, deleted or removed ones with no live reply below them, and those of authors
 * treated as bots ({@link CommentData#isBot}). A hidden reply takes the replies under it along, as
 * leaving a comment out on import does. Hiding is a view of the map, never a change to it.
 *
 * <p>Depth counts from a main claim: a reply to the post is at depth 1. A main claim is never
 * hidden. A statement that did not come from a thread has no score and no status, so only the
 * depth limit touches an ordinary map.
 *
 * @param minimumScore replies scoring below this are hidden; {@link Long#MIN_VALUE} for no limit.
 *                     Replies whose score the site hides stay.
 * @param maximumDepth replies nested deeper are hidden; {@link Integer#MAX_VALUE} for no limit
 * @param hideGone     hide deleted and removed replies that no live reply answers
 * @param hideBots     hide the replies of authors treated as bots
 */
public record ModerationFilter(long minimumScore, int maximumDepth, boolean hideGone, boolean hideBots) {
    /** Hides nothing. */
    public static final ModerationFilter NONE = new ModerationFilter(Long.MIN_VALUE, Integer.MAX_VALUE, false, false);

    public ModerationFilter {
        if (maximumDepth < 0) {
            throw new IllegalArgumentException("maximumDepth must be 0 or more, not " + maximumDepth);
        }
    }

    public boolean hidesAnything() {
        return !equals(NONE);
    }

    public ModerationFilter withMinimumScore(long value) {
        return new ModerationFilter(value, maximumDepth, hideGone, hideBots);
    }

    public ModerationFilter withMaximumDepth(int value) {
        return new ModerationFilter(minimumScore, value, hideGone, hideBots);
    }

    public ModerationFilter withHideGone(boolean value) {
        return new ModerationFilter(minimumScore, maximumDepth, value, hideBots);
    }

    public ModerationFilter withHideBots(boolean value) {
        return new ModerationFilter(minimumScore, maximumDepth, hideGone, value);
    }

    /**
     * The statements this filter hides in the map: the replies it matches and everything that
     * hangs below them only through them. Linear in the size of the map; walks with explicit stacks.
     */
    public HiddenReplies apply(ArgumentMap map) {
        int replies = map.statements().size() - map.mainClaims().size();
        if (!hidesAnything()) {
            return new HiddenReplies(Set.of(), replies);
        }
        Set<Statement> live = hideGone ? statementsWithLiveRepliesBelow(map) : Set.of();
        Set<Statement> reached = new HashSet<>();
        Map<Statement, Integer> depths = new HashMap<>();
        Deque<Statement> open = new ArrayDeque<>();
        for (Statement claim : map.mainClaims()) {
            reached.add(claim);
            depths.put(claim, 0);
            open.push(claim);
        }
        while (!open.isEmpty()) {
            Statement statement = open.pop();
            int depth = depths.get(statement) + 1;
            for (Inference inference : map.inferencesInto(statement)) {
                for (Statement premise : inference.premises()) {
                    if (!reached.contains(premise) && !matches(premise, depth, live)) {
                        reached.add(premise);
                        depths.put(premise, depth);
                        open.push(premise);
                    }
                }
            }
        }
        Set<String> hidden = new LinkedHashSet<>();
        Set<Statement> everReached = reachableFromMainClaims(map);
        for (Statement statement : map.statements()) {
            // A circle of support that no main claim reaches is left alone, as collapsing does.
            if (!reached.contains(statement) && everReached.contains(statement)) {
                hidden.add(statement.id());
            }
        }
        return new HiddenReplies(Set.copyOf(hidden), replies);
    }

    /** Whether the filter hides this reply for what it is itself, at this depth. */
    public boolean matches(StatementContent content, int depth) {
        if (depth > maximumDepth) {
            return true;
        }
        OptionalLong score = CommentData.score(content);
        if (score.isPresent() && !CommentData.isScoreHidden(content) && score.getAsLong() < minimumScore) {
            return true;
        }
        return hideBots && CommentData.isBot(content);
    }

    private boolean matches(Statement statement, int depth, Set<Statement> live) {
        return matches(statement.content(), depth)
                || hideGone && CommentData.isGone(statement.content()) && !live.contains(statement);
    }

    /** The statements with a reply below them (at any depth) that is not deleted or removed. */
    private static Set<Statement> statementsWithLiveRepliesBelow(ArgumentMap map) {
        Set<Statement> live = new HashSet<>();
        Deque<Statement> open = new ArrayDeque<>();
        for (Statement statement : map.statements()) {
            if (!CommentData.isGone(statement.content())) {
                open.push(statement);
            }
        }
        Set<Statement> seen = new HashSet<>(open);
        while (!open.isEmpty()) {
            Statement statement = open.pop();
            for (Inference inference : map.inferencesFrom(statement)) {
                if (inference.target() instanceof Statement up) {
                    live.add(up);
                    if (seen.add(up)) {
                        open.push(up);
                    }
                }
            }
        }
        return live;
    }

    private static Set<Statement> reachableFromMainClaims(ArgumentMap map) {
        Set<Statement> seen = new HashSet<>(map.mainClaims());
        Deque<Statement> open = new ArrayDeque<>(seen);
        while (!open.isEmpty()) {
            Statement statement = open.pop();
            for (Inference inference : map.inferencesInto(statement)) {
                for (Statement premise : inference.premises()) {
                    if (seen.add(premise)) {
                        open.push(premise);
                    }
                }
            }
        }
        return seen;
    }
}
