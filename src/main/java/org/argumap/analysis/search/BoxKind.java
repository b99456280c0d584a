package org.argumap.analysis.search;

import java.util.EnumSet;
import java.util.Set;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.argumap.model.StatementKind;

/**
 * What a box says it is, in the words of its label, for filtering: its role in the map and
 * whether it is evidence. Evidence that supports something, or stands alone, is labelled just
 * "evidence"; evidence that attacks is labelled "evidence · objection" and so is both.
 */
public enum BoxKind {
    MAIN_CLAIM,
    REASON,
    OBJECTION,
    REBUTTAL,
    UNDERCUT,
    REPHRASING,
    REPLY,
    OFF_TOPIC,
    EVIDENCE;

    /** The kind that goes with a role. */
    public static BoxKind of(Role role) {
        return switch (role) {
            case MAIN_CLAIM -> MAIN_CLAIM;
            case REASON -> REASON;
            case OBJECTION -> OBJECTION;
            case REBUTTAL -> REBUTTAL;
            case UNDERCUTTER -> UNDERCUT;
            case REPHRASING -> REPHRASING;
            case REPLY -> REPLY;
            case OFF_TOPIC -> OFF_TOPIC;
        };
    }

    /** The kinds a statement's box names: its role, and evidence for evidence (one or two kinds). */
    public static Set<BoxKind> of(ArgumentMap map, Statement statement) {
        return of(map.roleOf(statement), statement.kind());
    }

    /** The kinds of a box with this role and kind of statement. */
    static Set<BoxKind> of(Role role, StatementKind kind) {
        if (kind != StatementKind.EVIDENCE) {
            return EnumSet.of(of(role));
        }
        boolean plain = role == Role.MAIN_CLAIM || role == Role.REASON;
        return plain ? EnumSet.of(EVIDENCE) : EnumSet.of(EVIDENCE, of(role));
    }

    /** The kinds as bits, one per constant, for a compact index. */
    static int bits(Set<BoxKind> kinds) {
        int bits = 0;
        for (BoxKind kind : kinds) {
            bits |= 1 << kind.ordinal();
        }
        return bits;
    }
}
