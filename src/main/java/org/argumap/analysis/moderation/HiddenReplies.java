package org.argumap.analysis.moderation;

import java.util.Set;

/**
 * What a {@link ModerationFilter} hides in one map.
 *
 * @param ids     the hidden statements
 * @param replies how many replies the map has: its statements less its main claims
 */
public record HiddenReplies(Set<String> ids, int replies) {
    public HiddenReplies {
        ids = Set.copyOf(ids);
    }

    public int shown() {
        return Math.max(0, replies - ids.size());
    }

    /** "312 of 476 replies shown". */
    public String summary() {
        return shown() + " of " + replies + (replies == 1 ? " reply" : " replies") + " shown";
    }
}
