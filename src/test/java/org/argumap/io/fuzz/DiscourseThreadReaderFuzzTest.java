package org.argumap.io.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.stream.Stream;
import org.argumap.io.thread.DiscourseThreadFormat;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the Discourse topic reader ({@code /t/ID.json}) from the topic the link-import tests serve.
 * See {@link ReaderFuzzing} for the property and reliability.md ("Fuzzing") for the runs.
 */
class DiscourseThreadReaderFuzzTest {
    static Stream<Arguments> realFiles() {
        return ReaderFuzzing.seeds(List.of("src/test/resources/fetch"), "discourse-topic.json", List.of());
    }

    @MethodSource("realFiles")
    @DictionaryEntries({"\"post_stream\"", "\"posts\"", "\"stream\"", "\"post_number\"", "\"reply_to_post_number\"",
            "\"cooked\"", "\"username\"", "\"name\"", "\"created_at\"", "\"score\"", "\"actions_summary\"", "\"title\"",
            "\"id\"", "<p>", "<blockquote>", "<a href=", "null", "true"})
    @FuzzTest
    void readsAnyBytes(byte[] input) {
        ReaderFuzzing.readsOrRefusesClearly(DiscourseThreadFormat.READER, input);
    }
}
