package org.argumap.model;

/**
 * How strictly an inference holds. Argdown distinguishes defeasible relations ({@code +}, {@code -})
 * from strict ones (entailment, contrariety, {@code ><} contradiction); keeping the distinction
 * lets a map go to Argdown and back without turning a contradiction into a plain attack.
 */
public enum InferenceFlavour {
    /** The ordinary case: a reason or an objection that can itself be defeated. */
    DEFEASIBLE,
    /** Entailment (with support) or contrariety (with attack). */
    STRICT,
    /** The premise and the target cannot both be true, nor both false (attack only). */
    CONTRADICTORY
}
