package org.argumap.model;

/**
 * What a statement is for the reader, derived from the inferences it feeds and never stored:
 * the same statement becomes a rebuttal when the thing it attacks becomes an objection.
 */
public enum Role {
    /** Feeds no inference: a main claim (a thesis) of the map. */
    MAIN_CLAIM,
    /** Feeds a support. */
    REASON,
    /** Feeds an attack on a statement that is not itself attacking. */
    OBJECTION,
    /** Feeds an attack on a statement that itself attacks: an objection to an objection. */
    REBUTTAL,
    /** Feeds an attack on an inference: it disputes the step, not the claim. */
    UNDERCUTTER,
    /** Feeds a rephrase. */
    REPHRASING,
    /** Feeds a not yet classified reply. */
    REPLY,
    /** Feeds an off-topic reply: classified, but bearing on nothing. */
    OFF_TOPIC
}
