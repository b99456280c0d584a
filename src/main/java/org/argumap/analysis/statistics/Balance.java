package org.argumap.analysis.statistics;

/**
 * Reasons against objections under one claim. Counted in arguments (inferences), not boxes: two
 * linked co-premises are one reason.
 *
 * @param id             the main claim or reason
 * @param supports       supports directly beneath it
 * @param attacks        attacks directly beneath it, undercuts of its supports included
 * @param branchSupports supports anywhere in its branch, these included
 * @param branchAttacks  attacks anywhere in its branch, these included
 */
public record Balance(String id, int supports, int attacks, int branchSupports, int branchAttacks) {
}
