package org.argumap.ui.statistics;

import org.argumap.model.Role;

/** Roles as the panel names them, in the words of the map's role labels. */
final class RoleWords {
    private RoleWords() {
    }

    static String plural(Role role) {
        return switch (role) {
            case MAIN_CLAIM -> "main claims";
            case REASON -> "reasons";
            case OBJECTION -> "objections";
            case REBUTTAL -> "rebuttals";
            case UNDERCUTTER -> "undercutters";
            case REPHRASING -> "rephrasings";
            case REPLY -> "replies";
            case OFF_TOPIC -> "off-topic replies";
        };
    }
}
