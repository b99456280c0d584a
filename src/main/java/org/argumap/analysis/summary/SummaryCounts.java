package org.argumap.analysis.summary;

/**
 * The thread in figures. A comment is any statement but a main claim (the post); each counts once
 * by what the moderator made of it, and deleted or removed comments count in {@code deleted} too.
 *
 * @param comments     every comment in the map
 * @param reasons      classified as a reason (supports what it answers)
 * @param objections   classified as an objection, a rebuttal or an undercut (attacks what it answers)
 * @param rephrasings  classified as saying something again
 * @param offTopic     classified as off-topic
 * @param unclassified still replies, not classified yet
 * @param deleted      deleted or removed on the site
 * @param participants distinct authors, the post's included
 */
public record SummaryCounts(int comments, int reasons, int objections, int rephrasings, int offTopic,
                            int unclassified, int deleted, int participants) {
}
