package org.argumap.model;

/** How the premises of an inference bear on its target. */
public enum InferenceType {
    /** The premises give reason to accept the target. */
    SUPPORT,
    /** The premises give reason to reject the target; onto an inference, an undercut. */
    ATTACK,
    /** The premises say the target again in other words. */
    REPHRASE,
    /** An imported comment answering its target, not yet classified as support or attack. */
    REPLY,
    /** A classified reply that has no bearing on its target: kept in the map, left out of every judgement. */
    OFF_TOPIC
}
