package org.argumap.analysis.summary;

import static org.argumap.model.CommentThreads.comment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argumap.analysis.evaluation.Evaluator;
import org.argumap.edit.ChangeTypeCommand;
import org.argumap.edit.MergeStatementsCommand;
import org.argumap.model.ArgumentMap;
import org.argumap.model.CommentThreads;
import org.argumap.model.InferenceType;
import org.junit.jupiter.api.Test;

/**
 * Duplicates a moderator merged are one statement with every author on it; the summary's "said
 * several times" must still count them, or merging would hide what the thread repeated.
 */
class MergedDuplicatesSummaryTest {
    @Test
    void mergedDuplicatesAreSaidSeveralTimesWithEveryAuthor() {
        ArgumentMap map = CommentThreads.post();
        comment(map, "a", "post", "alice", 10);
        comment(map, "b", "post", "bob", 3);
        comment(map, "c", "post", "carol", 7);
        for (String id : List.of("a", "b", "c")) {
            ChangeTypeCommand.ofStatement(map, id, InferenceType.ATTACK).execute();
        }
        new MergeStatementsCommand(map, List.of("a", "b", "c")).execute();

        ThreadSummary summary = ThreadSummaries.of(map, Evaluator.evaluate(map));

        assertEquals(1, summary.repeated().size(), summary.repeated().toString());
        SummaryItem repeated = summary.repeated().get(0);
        assertEquals(3, repeated.times());
        assertEquals(List.of("alice", "bob", "carol"), repeated.authors());
        String markdown = SummaryMarkdown.write(summary, 10_000);
        assertTrue(markdown.contains("alice") && markdown.contains("carol"), markdown);
    }
}
