package org.argumap.model;

/**
 * The user's own judgement of a statement, as Rationale lets a student mark each box. It feeds the
 * evaluation: an accepted statement stands unless something standing attacks it, even without
 * reasons of its own; a rejected one falls whatever supports it.
 */
public enum Verdict {
    /** The user holds it true. */
    ACCEPTED,
    /** The user holds it false. */
    REJECTED,
    /** No judgement: the map decides. */
    OPEN
}
