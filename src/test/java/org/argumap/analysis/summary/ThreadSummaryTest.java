package org.argumap.analysis.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.argumap.ThirdPartyFiles;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.io.thread.RedditThreadFormat;
import org.argumap.model.ArgumentMap;
import org.argumap.model.Inference;
import org.argumap.model.InferenceType;
import org.argumap.model.Role;
import org.argumap.model.Statement;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The thread summary of a real Reddit thread (145 comments, from ../shared/testdata/threads,
 * skipped without it), classified here as a moderator might: down the thread by turns reasons and
 * objections, every seventh comment off-topic, a few left unclassified, deleted ones classified too
 * (they must still stay out).
 */
class ThreadSummaryTest {
    private static final String FOREST = "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json";

    /** The thread with its classification, and what the test did to it. */
    private record Classified(ArgumentMap map, List<Statement> offTopic, List<Statement> deleted,
                              List<Statement> unansweredObjections, List<Statement> answeredObjections) {
    }

    private static Classified classifiedThread() throws Exception {
        Path file = ThirdPartyFiles.testdata(FOREST);
        ArgumentMap map = RedditThreadFormat.READER.read(Files.readAllBytes(file), file).map();
        List<Statement> offTopic = new ArrayList<>();
        List<Statement> deleted = new ArrayList<>();
        // The thread is one long conversation: down it, by turns for and against what each answers.
        int k = 0;
        for (Statement comment : map.statements()) {
            Inference link = map.inferencesFrom(comment).stream().findFirst().orElse(null);
            if (link == null) {
                continue;
            }
            k++;
            if (ThreadSummaries.isGone(comment)) {
                classify(map, link, InferenceType.SUPPORT);
                deleted.add(comment);
            } else if (k % 7 == 3) {
                classify(map, link, InferenceType.OFF_TOPIC);
                offTopic.add(comment);
            } else if (k % 11 != 5) {
                classify(map, link, k % 3 == 0 ? InferenceType.SUPPORT : InferenceType.ATTACK);
            }
        }
        List<Statement> unanswered = new ArrayList<>();
        List<Statement> answered = new ArrayList<>();
        for (Statement statement : map.statements()) {
            if (map.roleOf(statement) != Role.OBJECTION || ThreadSummaries.isGone(statement)) {
                continue;
            }
            Inference attack = map.inferencesFrom(statement).get(0);
            boolean answer = map.inferencesInto(statement).stream().anyMatch(i -> i.type() == InferenceType.ATTACK)
                    || map.inferencesInto(attack).stream().anyMatch(i -> i.type() == InferenceType.ATTACK);
            (answer ? answered : unanswered).add(statement);
        }
        return new Classified(map, offTopic, deleted, unanswered, answered);
    }

    private static void classify(ArgumentMap map, Inference inference, InferenceType type) {
        map.updateInference(inference.id(), inference.content().withType(type));
    }

    private static ThreadSummary summarise(ArgumentMap map) {
        return ThreadSummaries.of(map, Evaluator.evaluate(map));
    }

    @Test
    void theTestThreadHasWhatTheTestsBelowLookFor() throws Exception {
        Classified thread = classifiedThread();
        assertFalse(thread.offTopic().isEmpty());
        assertFalse(thread.unansweredObjections().isEmpty());
        assertFalse(thread.answeredObjections().isEmpty());
        assertTrue(thread.map().statements().stream().anyMatch(ThreadSummaries::isGone), "the thread has deleted comments");
    }

    @Test
    void namesTheUnansweredObjectionsAndNotTheAnsweredOnes() throws Exception {
        Classified thread = classifiedThread();
        ThreadSummary summary = summarise(thread.map());
        Set<String> unanswered = ids(summary.unanswered());
        for (Statement objection : thread.unansweredObjections()) {
            assertTrue(unanswered.contains(objection.id()), objection.text());
        }
        for (Statement objection : thread.answeredObjections()) {
            assertFalse(unanswered.contains(objection.id()), objection.text());
        }
        String text = SummaryMarkdown.write(summary, SummaryMarkdown.DEFAULT_BUDGET);
        String section = text.substring(text.indexOf("## Unanswered objections"), text.indexOf("## Said several times"));
        assertTrue(section.contains(SummaryText.line(thread.unansweredObjections().get(0).text(),
                SummaryMarkdown.ITEM_WORDS)), section);
    }

    @Test
    void leavesOutOffTopicAndDeletedComments() throws Exception {
        Classified thread = classifiedThread();
        ThreadSummary summary = summarise(thread.map());
        Set<String> named = new HashSet<>();
        for (List<SummaryItem> items : List.of(summary.reasons(), summary.objections(), summary.unanswered(),
                summary.repeated())) {
            named.addAll(ids(items));
        }
        for (Statement statement : thread.offTopic()) {
            assertFalse(named.contains(statement.id()), "off-topic: " + statement.text());
        }
        for (Statement statement : thread.deleted()) {
            assertFalse(named.contains(statement.id()), "deleted: " + statement.id());
        }
        String text = SummaryMarkdown.write(summary, SummaryMarkdown.DEFAULT_BUDGET);
        for (Statement statement : thread.offTopic()) {
            assertFalse(text.contains(statement.content().url()), "no link to an off-topic comment");
        }
        assertFalse(text.contains("[deleted]"), text);
        assertEquals(thread.offTopic().size(), summary.counts().offTopic());
        assertTrue(summary.counts().deleted() >= thread.deleted().size());
        assertEquals(146 - 1, summary.counts().comments(), "145 comments, the post is not one");
    }

    @Test
    void theStrongestComeFirstThenTheHighestScored() throws Exception {
        ThreadSummary summary = summarise(classifiedThread().map());
        for (List<SummaryItem> items : List.of(summary.reasons(), summary.objections())) {
            for (int i = 1; i < items.size(); i++) {
                SummaryItem before = items.get(i - 1);
                SummaryItem after = items.get(i);
                assertTrue(before.strength() > after.strength() || before.strength() == after.strength()
                        && score(before) >= score(after), before + " before " + after);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {SummaryMarkdown.MINIMUM_BUDGET, 1_000, 2_000, 4_000, SummaryMarkdown.DEFAULT_BUDGET, 40_000})
    void staysWithinItsBudgetCuttingWholeItems(int budget) throws Exception {
        ThreadSummary summary = summarise(classifiedThread().map());
        String text = SummaryMarkdown.write(summary, budget);
        assertTrue(text.length() <= budget, text.length() + " > " + budget);
        assertTrue(text.startsWith("# Thread summary"), text);
        assertTrue(text.contains("## In figures"), "the counts always stay: " + text);
        int items = summary.reasons().size() + summary.objections().size() + summary.unanswered().size()
                + summary.repeated().size();
        int shown = listItems(text) - 3;
        if (shown < items) {
            assertTrue(text.contains(" more "), "says what it left out: " + text);
        }
        if (budget == 40_000) {
            assertEquals(items, shown, "with room for everything, nothing is cut");
        }
        for (String line : text.split("\n")) {
            if (line.matches("(\\d+\\.|-) .*") && !line.startsWith("- ") || line.matches("\\d+\\. .*")) {
                assertTrue(line.contains(" — "), "every item ends with who wrote it and its link: " + line);
            }
        }
    }

    @Test
    void linksLeadToTheCommentsAndTheMarkdownIsPlain() throws Exception {
        ArgumentMap map = classifiedThread().map();
        Set<String> addresses = new HashSet<>();
        map.statements().forEach(s -> addresses.add(s.content().url()));
        String text = SummaryMarkdown.write(summarise(map), SummaryMarkdown.DEFAULT_BUDGET);
        Node document = Parser.builder().build().parse(text);
        List<String> destinations = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                destinations.add(link.getDestination());
            }

            @Override
            public void visit(HtmlBlock html) {
                problems.add("HTML block: " + html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                problems.add("inline HTML: " + html.getLiteral());
            }

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() > 2) {
                    problems.add("heading level " + heading.getLevel());
                }
                visitChildren(heading);
            }

            @Override
            public void visit(BulletList list) {
                checkFlat(list);
                visitChildren(list);
            }

            @Override
            public void visit(OrderedList list) {
                checkFlat(list);
                visitChildren(list);
            }

            private void checkFlat(Node list) {
                for (Node parent = list.getParent(); parent != null; parent = parent.getParent()) {
                    if (parent instanceof BulletList || parent instanceof OrderedList) {
                        problems.add("a list inside a list: a comment's text opened one");
                    }
                }
            }
        });
        assertEquals(List.of(), problems, text);
        assertFalse(destinations.isEmpty(), text);
        for (String destination : destinations) {
            assertTrue(addresses.contains(destination), "links to a comment of the thread: " + destination);
        }
    }

    @Test
    void shortensLongTextsAtAWordBoundary() {
        String words = "Cats need less of their owners' time than dogs do, which matters to people who work long hours";
        String shortened = SummaryText.shorten(words, 40);
        assertTrue(shortened.length() <= 40, shortened);
        assertTrue(shortened.endsWith("…"), shortened);
        assertTrue(words.startsWith(shortened.substring(0, shortened.length() - 1)), shortened);
        assertTrue(words.charAt(shortened.length() - 1) == ' ', "cut before a space: " + shortened);
        assertEquals(words, SummaryText.shorten(words, 200));
    }

    @Test
    void aCommentsOwnMarkdownIsFlattenedToItsWords() {
        assertEquals("see the docs and this, *really*",
                SummaryText.words("> see [the docs](https://example.org/a_b)\n\nand **this**, *really*"));
        assertEquals("1984\\. was a year", SummaryText.line("1984. was a year", 100));
        assertEquals("a\\_b \\<b\\> \\[x\\]", SummaryText.line("a_b <b> [x]", 100));
        assertEquals("", SummaryText.destination("javascript:alert(1)"));
        assertEquals("https://example.org/a%28b%29", SummaryText.destination("https://example.org/a(b)"));
    }

    private static int listItems(String text) {
        return (int) text.lines().filter(l -> l.matches("(\\d+\\.|-) .*")).count();
    }

    private static long score(SummaryItem item) {
        return item.score() == null ? Long.MIN_VALUE : item.score();
    }

    private static Set<String> ids(List<SummaryItem> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(i.statementId()));
        return ids;
    }
}
