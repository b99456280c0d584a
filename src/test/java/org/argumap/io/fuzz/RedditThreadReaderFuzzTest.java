package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.ThirdPartyFiles;
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
    private static final String CASSETTE = "threads/praw_TestSubmission.test_comments.json";

    /**
     * The two real threads, and the thread inside the recorded HTTP exchange on its own: the
     * exchange itself is refused at once, and the 145-comment thread is longer than the fuzzer's
     * inputs, so without it the fuzzer would have no whole thread to start from.
     */
    static Stream<Arguments> realFiles() throws IOException {
        Stream<Arguments> files = ReaderFuzzing.seeds(List.of(), ".json", List.of(CASSETTE,
                "threads/praw_TestCommentForest.test_replace__on_direct_comment.body_comments_57dw9a.json"));
        List<Arguments> bodies = new ArrayList<>();
        for (Path cassette : ThirdPartyFiles.existing(List.of(ThirdPartyFiles.folder().resolve(CASSETTE)))) {
            String thread = new ObjectMapper().readTree(cassette.toFile())
                    .at("/interactions/1/response/body/string").asText();
            bodies.add(ReaderFuzzing.seed("thread of " + cassette.getFileName(), thread.getBytes(StandardCharsets.UTF_8)));
        }
        return Stream.concat(files, bodies.stream());
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
