package org.argumap.ui.canvas;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * What a search or filter picks out on the canvas: the matching statements (marked) and the one
 * the search stepped to (marked more strongly). While a search is active, every other statement
 * is drawn faint, with its links, except a collapsed statement that hides matches below it, so
 * the reader sees where to expand.
 *
 * <p>The set is held as given, not copied, so that a search over a hundred thousand boxes does
 * not copy its answer again; whoever makes one must not change the set afterwards.
 *
 * @param active  whether a search or filter is in force; when not, nothing is marked or faint
 * @param matches the statements that match
 * @param current the match the search stepped to; null for none
 */
public record Highlights(boolean active, Set<String> matches, String current) {
    /** No search: nothing marked, nothing faint. */
    public static final Highlights NONE = new Highlights(false, Set.of(), null);

    public Highlights {
        matches = Collections.unmodifiableSet(Objects.requireNonNull(matches));
    }

    /** An active search with these matches. */
    public static Highlights of(Set<String> matches, String current) {
        return new Highlights(true, matches, current);
    }

    public boolean isMatch(String statementId) {
        return active && matches.contains(statementId);
    }

    public boolean isCurrent(String statementId) {
        return active && statementId.equals(current);
    }

    /** Left out by an active search (collapsed statements that hide matches aside, which the canvas knows). */
    public boolean leavesOut(String statementId) {
        return active && !matches.contains(statementId);
    }
}
