package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.thread.RedditThreadFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Reddit thread reader from the two real Reddit threads of ../shared/testdata (a recorded
 * HTTP exchange holding one, and a 145-comment /comments response).
 * See {@link ReaderFuzzing} for the property, and reliability.md ("Fuzzing") for how to fuzz and
 * what the long run found; inputs it found are kept in {@code RedditThreadReaderFuzzTestInputs/readsAnyBytes}.
 */
class RedditThreadReaderFuzzTest {
    static Stream<Arguments> realFiles() {
        return ReaderFuzzing.seeds(List.of(), ".json", List.of("threads/praw_TestSubmission.test_comments.json",
                "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json"));
    }

    @MethodSource("realFiles")
    @DictionaryEntries({"\"kind\"", "\"t1\"", "\"t3\"", "\"more\"", "\"Listing\"", "\"data\"", "\"children\"", "\"replies\"", "\"body\"",
            "\"author\"", "\"score\"", "\"name\"", "\"parent_id\"", "\"title\"", "\"selftext\"", "\"id\"", "\"count\"",
            "\"[deleted]\"", "\"[removed]\"", "\"interactions\"", "\"created_utc\"", "\"permalink\"", "null", "\"\""})
    @FuzzTest
    void readsAnyBytes(byte[] input) {
        ReaderFuzzing.readsOrRefusesClearly(RedditThreadFormat.READER, input);
    }
}
