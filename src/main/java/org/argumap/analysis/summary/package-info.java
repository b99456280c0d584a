/**
 * The thread summary a moderator posts back under the thread: the main claim, the strongest
 * reasons and objections, the objections nobody answered, what was said several times and the
 * counts, as Markdown within a length budget. {@link org.argumap.analysis.summary.ThreadSummaries}
 * chooses the content from the map and its evaluation, {@link org.argumap.analysis.summary.SummaryMarkdown}
 * writes it. Both live here rather than in io because what is cut to meet the budget depends on
 * how strong each item is, which only the analysis knows; io's atomic writing puts the text in a
 * file. See {@code src/site/markdown/import-export.md#thread-summary}.
 */
package org.argumap.analysis.summary;
