package org.argumap.analysis.summary;

import java.util.List;
import java.util.Objects;

/**
 * What a thread summary says, chosen but not yet written: every candidate of each list, strongest
 * first, so that the writer can cut from the end of the lists to meet a budget.
 *
 * @param mainClaim  the post (the first main claim)
 * @param standing   whether the main claim stands on the classified replies: "stands", "falls", "undecided"
 * @param reasons    comments that argue for the main claim (its reasons, rebuttals of its objections…), strongest first
 * @param objections comments that argue against it (its objections, reasons for them…), strongest first
 * @param unanswered objections anywhere in the thread that nobody answered and that stand, strongest first
 * @param repeated   what was said several times, most often first
 * @param counts     the thread in figures
 */
public record ThreadSummary(SummaryItem mainClaim, String standing, List<SummaryItem> reasons,
                            List<SummaryItem> objections, List<SummaryItem> unanswered,
                            List<SummaryItem> repeated, SummaryCounts counts) {
    public ThreadSummary {
        Objects.requireNonNull(counts);
        standing = standing == null ? "" : standing;
        reasons = List.copyOf(reasons);
        objections = List.copyOf(objections);
        unanswered = List.copyOf(unanswered);
        repeated = List.copyOf(repeated);
    }
}
