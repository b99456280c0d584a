package org.argumap.analysis.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link ThreadSummary} as Markdown that renders alike on Reddit, Lemmy and Discourse
 * (headings with #, emphasis, numbered and bulleted lists, links: no tables, no HTML), within a
 * length budget counted in characters (UTF-16 units, never fewer than the sites count).
 *
 * <p>To meet the budget the least important items go first: always the last of the longest list,
 * repeated wordings before unanswered objections before objections before reasons when the lists
 * are as long, each list saying "and N more" for what it lost. Items are never cut mid-sentence;
 * a long comment is shortened at a word boundary with "…". Only when every list is empty and the
 * text still does not fit does the post's own text, then the footer, go.
 */
public final class SummaryMarkdown {
    /** Reddit's limit for a comment, and Lemmy's default. */
    public static final int DEFAULT_BUDGET = 10_000;
    /** Room for the title, the counts and a line per list, whatever the thread. */
    public static final int MINIMUM_BUDGET = 800;
    static final int ITEM_WORDS = 280;
    static final int TITLE_WORDS = 120;
    static final int POST_WORDS = 500;
    static final String FOOTER = "*Summary made with Argumap from the moderator's classification: strongest first by the"
            + " map's evaluation, then by score.*";

    private SummaryMarkdown() {
    }

    /** The summary in at most {@code budget} characters. */
    public static String write(ThreadSummary summary, int budget) {
        Objects.requireNonNull(summary);
        if (budget < MINIMUM_BUDGET) {
            throw new IllegalArgumentException("A summary needs a budget of at least " + MINIMUM_BUDGET
                    + " characters; " + budget + " is too few.");
        }
        Layout layout = new Layout(summary);
        String text = layout.render();
        while (text.length() > budget && layout.cutOne()) {
            text = layout.render();
        }
        if (text.length() > budget) {
            layout.withoutPost = true;
            text = layout.render();
        }
        if (text.length() > budget) {
            layout.withoutFooter = true;
            text = layout.render();
        }
        return text;
    }

    /** One list of the summary: its heading, its lines in order of importance, how many are shown. */
    private static final class Section {
        final String heading;
        final String none;
        final String noun;
        final List<String> lines;
        final boolean numbered;
        int shown;

        Section(String heading, String none, String noun, List<String> lines, boolean numbered) {
            this.heading = heading;
            this.none = none;
            this.noun = noun;
            this.lines = lines;
            this.numbered = numbered;
            this.shown = lines.size();
        }

        void appendTo(StringBuilder out) {
            out.append("## ").append(heading).append("\n\n");
            if (lines.isEmpty()) {
                out.append(none).append("\n\n");
                return;
            }
            for (int i = 0; i < shown; i++) {
                out.append(numbered ? (i + 1) + ". " : "- ").append(lines.get(i)).append('\n');
            }
            int more = lines.size() - shown;
            if (more > 0) {
                out.append(shown == 0 ? "" : "\n").append("*… and ").append(more).append(" more ")
                        .append(more == 1 ? noun : noun + "s").append(" not shown here.*\n");
            }
            out.append('\n');
        }
    }

    private static final class Layout {
        private final String title;
        private final String post;
        private final String counts;
        /** In the order they appear; cut from the last when lists are as long. */
        private final List<Section> sections = new ArrayList<>();
        boolean withoutPost;
        boolean withoutFooter;

        Layout(ThreadSummary summary) {
            SummaryItem claim = summary.mainClaim();
            String words = claim == null ? "" : SummaryText.words(claim.text());
            title = "# Thread summary" + (words.isEmpty() ? "" : ": " + SummaryText.escape(SummaryText.shorten(words,
                    TITLE_WORDS)));
            post = claim == null ? "" : postLine(claim, words, summary.standing());
            sections.add(new Section("Strongest reasons for it", "No classified reply argues for it.", "reason",
                    lines(summary.reasons()), true));
            sections.add(new Section("Strongest objections to it", "No classified reply argues against it.",
                    "objection", lines(summary.objections()), true));
            sections.add(new Section("Unanswered objections", "Every objection has an answer.", "objection",
                    lines(summary.unanswered()), false));
            sections.add(new Section("Said several times", "Nothing was said twice.", "point",
                    repeatedLines(summary.repeated()), false));
            counts = counts(summary.counts());
        }

        String render() {
            StringBuilder out = new StringBuilder();
            out.append(title).append("\n\n");
            if (!withoutPost && !post.isEmpty()) {
                out.append(post).append("\n\n");
            }
            for (Section section : sections) {
                section.appendTo(out);
            }
            out.append("## In figures\n\n").append(counts).append('\n');
            if (!withoutFooter) {
                out.append('\n').append(FOOTER).append('\n');
            }
            return out.toString();
        }

        /** Takes the last line of the longest list, the later list when as long; false if nothing is left to take. */
        boolean cutOne() {
            Section longest = null;
            for (Section section : sections) {
                if (section.shown > 0 && (longest == null || section.shown >= longest.shown)) {
                    longest = section;
                }
            }
            if (longest == null) {
                return false;
            }
            longest.shown--;
            return true;
        }

        private static String postLine(SummaryItem claim, String words, String standing) {
            StringBuilder line = new StringBuilder();
            if (words.length() > TITLE_WORDS) {
                line.append(SummaryText.escape(SummaryText.shorten(words, POST_WORDS)));
            }
            String author = claim.authors().stream().filter(a -> !a.isBlank()).findFirst()
                    .map(a -> " by *" + SummaryText.escape(a) + "*").orElse("");
            String link = SummaryText.destination(claim.url());
            if (!author.isEmpty() || !link.isEmpty()) {
                line.append(line.length() == 0 ? "" : " ").append("Posted").append(author)
                        .append(link.isEmpty() ? "" : " ([thread](" + link + "))").append('.');
            }
            if (!standing.isEmpty()) {
                line.append(line.length() == 0 ? "" : " ").append("On the classified replies it **")
                        .append(standing).append("**.");
            }
            return line.toString();
        }

        private static List<String> lines(List<SummaryItem> items) {
            return items.stream().map(item -> SummaryText.line(item.text(), ITEM_WORDS) + byline(item, "comment"))
                    .toList();
        }

        private static List<String> repeatedLines(List<SummaryItem> items) {
            List<String> lines = new ArrayList<>();
            for (SummaryItem item : items) {
                List<String> authors = item.authors().stream().filter(a -> !a.isBlank()).distinct()
                        .map(a -> "*" + SummaryText.escape(a) + "*").toList();
                String link = SummaryText.destination(item.url());
                lines.add(SummaryText.line(item.text(), ITEM_WORDS) + " — " + item.times() + " times"
                        + (authors.isEmpty() ? "" : ", by " + String.join(", ", authors))
                        + (link.isEmpty() ? "" : " ([first](" + link + "))"));
            }
            return lines;
        }

        /** " — *author*, 12 points ([comment](https://…))", with what is known. */
        private static String byline(SummaryItem item, String linkWord) {
            List<String> parts = new ArrayList<>();
            item.authors().stream().filter(a -> !a.isBlank()).findFirst()
                    .ifPresent(a -> parts.add("by *" + SummaryText.escape(a) + "*"));
            if (item.score() != null) {
                parts.add(item.score() + (Math.abs(item.score()) == 1 ? " point" : " points"));
            }
            String link = SummaryText.destination(item.url());
            String linked = link.isEmpty() ? "" : " ([" + linkWord + "](" + link + "))";
            if (parts.isEmpty()) {
                return linked.isEmpty() ? "" : " —" + linked;
            }
            return " — " + String.join(", ", parts) + linked;
        }

        private static String counts(SummaryCounts c) {
            return "- " + plural(c.comments(), "comment") + ": " + plural(c.reasons(), "reason") + ", "
                    + plural(c.objections(), "objection") + ", " + plural(c.rephrasings(), "rephrasing") + ", "
                    + c.offTopic() + " off-topic, " + c.unclassified() + " not classified\n"
                    + "- " + c.deleted() + " deleted or removed\n"
                    + "- " + plural(c.participants(), "participant");
        }

        private static String plural(int n, String word) {
            return n + " " + (n == 1 ? word : word + "s");
        }
    }
}
